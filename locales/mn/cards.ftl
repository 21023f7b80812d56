# The kinds of card and how each is answered, in review and in quizzes.

## The heading over each kind of card

cards-kind-cloze = Хоосон зайг нөхөх
cards-kind-qa = Асуулт
cards-kind-multiple-choice = Сонголттой
cards-kind-true-false = Үнэн үү, худал уу?
cards-kind-typed = Хариултаа бичих
cards-kind-timeline = Он дараалал
cards-kind-sources = Эх сурвалжууд зөрнө: хэн ингэж хэлсэн бэ?
cards-kind-versions = Эх сурвалжууд зөрнө: бүх хувилбар

## Keys, as shown on the buttons they press

# Keyboards in Mongolia print the key names in Latin letters.
cards-key-space = Space
cards-key-enter = Enter

## Answering

cards-blank = хоосон зай
cards-show-answer = Хариултыг харах
cards-your-answer = Таны хариулт
cards-check = Шалгах
cards-checking = Шалгаж байна…
cards-options = Сонголтууд
cards-readings = Эх бичвэрүүд
cards-true-or-false = Үнэн эсвэл худал
cards-true = Үнэн
cards-false = Худал
cards-multiple-choice-hint = Сонголтоо дарах, эсвэл дугаарын товчийг нь дарж сонгоно уу.
cards-sources-hint = Аль ч хувилбар буруу биш: үүнийг хэлсэн эх бичвэрийг сонгоно уу.
cards-mark-chosen-right = Таны хариулт: зөв
cards-mark-chosen-wrong = Таны хариулт: буруу
cards-mark-right = Зөв хариулт
cards-right = Зөв.
cards-not-quite = Арай өөр байна.
cards-true-statement = Үнэн мэдэгдэл

## A typed answer, once checked

cards-typed-exact = Яг зөв
cards-typed-exact-note = Төгс.
cards-typed-close = Бараг зөв
cards-typed-close-note = Жижиг алдаа гарсан байна.
cards-typed-wrong = Буруу
cards-typed-wrong-note = Энэ хариулт биш.
# The student overrules the check: the answer was right in other words or another order.
cards-typed-accept = Би зөв хариулсан
# The tooltip of that button.
cards-typed-accept-hint = Хариултыг зөвд тооцож, «Сайн» үнэлгээг санал болгоно
cards-typed-accepted = Зөвд тооцсон
cards-typed-accepted-note = Та өөрийнхөөрөө хэлжээ; хэр сайн санаснаа үнэлнэ үү.
cards-diff-label = Таны хариулт ба зөв хариулт
cards-diff-missing = дутуу
cards-diff-extra = илүү
cards-diff-legend = { $underlined }: дутуу · { $struck }: хариултад байхгүй
cards-diff-underlined = доогуур зурсан
cards-diff-struck = дарж зурсан

## Putting items in order (timeline cards and quiz questions)

cards-order-hint = Зүйлсийг чирэх, эсвэл аль нэгийг нь сонгоод Alt+↑ / Alt+↓ дарж зөөнө үү.
cards-order-label = Зүйлс, хамгийн эртнээс нь
cards-order-moved = { $item }: { $position } дугаар байрт шилжлээ (нийт { $count }).
cards-order-in-place = Байрандаа
cards-order-out-of-place = Байрандаа биш
cards-check-order = Дарааллыг шалгах
cards-order-right = Дараалал зөв.
cards-order-wrong = Дараалал буруу: огноо бүрийг харна уу.
