# The reading view: one source article of the deck, its claims highlighted in the text.

reading-opening = Эх бичвэрийг нээж байна…
reading-study-this = Энэ эх бичвэрээр суралцах
reading-quiz-this = Энэ эх бичвэрээр сорил өгөх
reading-legend-sample = абв
reading-conflict-legend = Долгионтой зураас: энэ баримтыг өөр эх бичвэр өөрөөр өгүүлдэг. Харьцуулах бол тодруулсан хэсэг дээр дарна уу.
reading-highlights-toggle = Тодруулгыг харуулах
reading-highlights-keys = Tab товчоор тодруулга руу очно; сум товчоор нэгээс нөгөө рүү шилжинэ.
reading-notes = Зүүлт тайлбар
reading-note-back = Эх бичвэр рүү буцах (зүүлт { $label })
reading-footnote = Зүүлт { $label }

reading-claims-heading =
    { $count ->
        [one] Мэдэгдэл
       *[other] { $count } мэдэгдэл
    }
reading-close = Хаах
reading-no-cards = Карт байхгүй.
reading-phase-new = Шинэ
reading-phase-learning = Сурч буй
reading-phase-review = Давтлага
reading-phase-relearning = Дахин сурч буй
reading-card-not-studied = Хараахан үзээгүй
reading-card-due = Дараагийн давтлага: { $when }
reading-card-suspended = Түр хассан
reading-card-leech = Байнга мартагддаг

reading-editor-added = Засварлагч нэмсэн
reading-editor-added-note = Засварлагч нэмсэн: { $note }
reading-editor-added-hidden = (засварлагч нэмсэн)
reading-source-url = Эх сурвалж:
reading-editor-note = Эх сурвалжид дурдаагүй; засварлагч нэмсэн.
reading-editor-note-with = Эх сурвалжид дурдаагүй; засварлагч нэмсэн: { $note }
# A switch that tints each paragraph by how well its studied claims are recalled now.
reading-fading-toggle = Мартагдаж буйг тодруулах
reading-fading-legend = Догол мөр бүрийг түүний судалсан мэдэгдлүүдийг одоо санах магадлалаар сүүдэрлэнэ: бараан байх тусам илүү мартагдаж байна. Судлаагүй догол мөр цагаан хэвээр.
# The tooltip of a shaded paragraph; $percent is already formatted.
reading-fading-block = Одоо санах магадлал: { $percent }
reading-class-legend = Догол мөр бүрийг { $students } суралцагч түүний мэдэгдлүүдийг хэр олон удаа санасныг харуулан сүүдэрлэнэ: бараан байх тусам анги илүү их алдсан. Хэн ч хариулаагүй догол мөр цагаан хэвээр.
reading-class-block = Анги санасан: { $percent }
