# Class reports: a student's progress report to hand in (Progress view), and an instructor's
# view of a class from the reports handed in (Decks view).

## The student's side

report-export-heading = Багшид өгөх ахицын тайлан
report-export-hint = Энэ багцад өгсөн хариултуудыг тань мэдэгдэл бүрээр нь файлд хадгална; тэр файлаа багшдаа хүлээлгэн өгнө. Тайланд санамсаргүй дугаар байх ба энэ компьютерээс гаргасан тайлан бүрд ижил байна; нэрээ доор бичсэн тохиолдолд л таны нэр орно.
report-export-name = Таны нэр
report-export-name-hint = заавал биш
report-export-button = Ахицын тайлан экспортлох…
report-export-dialog-title = Ахицын тайлан хадгалах
# The kind of file in the open and save dialogs.
report-file-filter = Steppe-ийн ахицын тайлан
# $file: the file's name; $claims: the claims with answers written to it.
report-exported = { $claims ->
    [one] 1 мэдэгдэлд
   *[other] { $claims } мэдэгдэлд
} өгсөн хариултыг тань { $file } файлд хадгаллаа.

## The instructor's side

report-class-heading = Ангийн тайлан
report-class-hint = Суралцагчдын энд судалж буй багцаар хүлээлгэн өгсөн ахицын тайлангуудыг нээнэ үү. Суралцагч бүрийг нэг л удаа тоолно: нэг суралцагчийн шинэ тайлан хуучнаа орлоно.
report-class-open = Суралцагчдын тайлан нээх…
report-class-open-title = Суралцагчдын ахицын тайлан нээх
report-working = Ажиллаж байна…
# $students: the students whose reports were read; $deck: the deck's title.
report-class-summary = “{ $deck }” багцын { $students ->
    [one] 1 суралцагчийн
   *[other] { $students } суралцагчийн
} тайланг уншлаа.
report-class-none = “{ $deck }” багцын нэг ч тайланг уншиж чадсангүй.
report-skipped-heading = { $count ->
    [one] 1 файлыг алгассан
   *[other] { $count } файлыг алгассан
}
report-skip-unreadable = { $file } файлыг уншиж чадсангүй ({ $detail }).
# $size: the file's size, written out (“3.2 MB”).
report-skip-too-large = { $file } файл ахицын тайлан байхад хэт том байна ({ $size }).
report-skip-not-a-report = { $file } нь Steppe-ийн ахицын тайлан биш ({ $detail }).
report-skip-no-format = { $file } нь Steppe-ийн ахицын тайлан биш ("format": "steppe-progress-report" алга).
report-skip-version = { $file } нь { $found } хувилбарын ахицын тайлан тул энэ Steppe уншиж чадахгүй; Steppe-ээ шинэчилнэ үү.
report-skip-other-deck = { $file } нь { $expected } биш, { $found } багцын тайлан байна.
report-skip-bad-student = { $file } файлд суралцагчийн дугаар алга, эсвэл 64 тэмдэгтээс урт байна.
report-skip-bad-name = { $file } файл дахь нэр 80 тэмдэгтээс урт эсвэл удирдах тэмдэгт агуулсан байна.
report-skip-claim-twice = { $file } файлд { $claim } мэдэгдэл хоёр удаа орсон байна.
report-skip-more-recalled = { $file } файлд { $claim } мэдэгдлийн санасан хариулт нийт хариултаас олон байна.

report-students-heading = Суралцагчид
report-col-student = Суралцагч
report-col-claims-seen = Үзсэн мэдэгдэл
report-col-answers = Хариулт
# The share of answers recalled (not Again).
report-col-recall = Санасан
report-col-reading = Эх бичвэр
report-col-shade = Ангиар сүүдэрлэсэн эх бичвэр
# Opens the reading with each paragraph shaded by how often the class recalled its claims.
report-shade-reading = Ангиар сүүдэрлэж нээх
# A student who typed no name, shown by the report's random id.
report-student-anonymous = Нэргүй ({ $id })
report-not-answered = хараахан хариулаагүй

report-missed-heading = Хамгийн их алдсан мэдэгдлүүд
report-missed-note = { $min } ба түүнээс дээш хариулттай мэдэгдлүүд; хамгийн бага санасан нь эхэндээ.
report-missed-empty = { $min } ба түүнээс дээш хариулттай мэдэгдлээс алдсан нь одоогоор алга.
# $recall: a percentage (“40%”).
report-recalled = { $recall } санасан
report-claim-figures = { $students ->
    [one] 1 суралцагчийн
   *[other] { $students } суралцагчийн
} { $answers ->
    [one] 1 хариулт
   *[other] { $answers } хариулт
} · { $claim }

report-disputes-heading = Эх сурвалжууд зөрнө
report-disputes-note = Хувилбар бүрийг эх бичвэрт нь байгаагаар, анги хэр сайн санаж буйн хамт харуулна. Хувилбар бүрийн эх сурвалжийг нэрлэсэн; алийг нь ч буруу гэж тэмдэглээгүй.
report-version-says = «{ $says }»
report-version-recall = { $answers ->
    [one] 1 хариултын
   *[other] { $answers } хариултын
} { $recall } санасан

report-readings-heading = Эх бичвэрүүд
report-series-seen = Үзсэн мэдэгдэл
report-series-recall = Санасан хариулт
# $seen of $claims claims seen ($percent: the same as a percentage).
report-seen-of = { $claims } мэдэгдлийн { $seen } ({ $percent })
report-readings-chart = Эх бичвэр бүрээр: аль нэг суралцагчийн үзсэн мэдэгдлийн хувь ба санасан хариултын хувь.
report-reading-summary = { $title }: { $claims } мэдэгдлийн { $seen } үзсэн, хариултын { $recall } санасан.
report-reading-summary-unanswered = { $title }: { $claims } мэдэгдлийн { $seen } үзсэн, хараахан хариулаагүй.
report-unknown-claims = Тайлан дахь { $count ->
    [one] 1 мэдэгдэл
   *[other] { $count } мэдэгдэл
} багцад байхгүй болсон (багцын хуучин хувилбарынх) тул тооцоонд ороогүй.

report-csv-button = CSV-ээр хадгалах…
report-csv-dialog-title = Ангийн хүснэгтийг хадгалах
report-csv-filter = Таслалаар тусгаарласан хүснэгт
# $claims: the rows written, one per claim of the deck.
report-csv-saved = { $file } файлд хадгаллаа: мэдэгдэл бүрт нэг мөр ({ $claims ->
    [one] 1 мэдэгдэл
   *[other] { $claims } мэдэгдэл
}).
