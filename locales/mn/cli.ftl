cli-check-ok = зөв: `{ $deck }`: { $readings } эх бичвэр, { $claims } мэдэгдэл, { $cards } карт
cli-deck-has-problems = `{ $file }` доторх багцад алдаа байна
cli-many-problems = багцад { $total } алдаа байна; эхний { $shown }-г харуулав, үлдсэн нь: { $more }
cli-more-by-rule = `{ $rule }` дахин { $count }
cli-deck-problems = багцад { $count } алдаа байна
cli-lint-findings = багцын картуудад { $count } анхааруулга байна
cli-lint-help = засна уу, эсвэл зөвхөн зөв эсэхийг шалгах бол `steppe check --no-lint` ажиллуулна уу
cli-here = энд
cli-writing = { $path } бичиж байна
cli-importing = { $path } импортлож байна
cli-optimising = тохируулж байна
cli-wrote = { $path } бичлээ ({ $bytes } байт)
cli-wrote-with-progress = { $path } бичлээ ({ $bytes } байт, ахицтай нь)
cli-cannot-write = `{ $path }`-д бичиж чадсангүй: { $reason }
cli-binary-needs-out = .{ $extension } файл хоёртын файл тул хаана бичихийг --out FILE-ээр заана уу
cli-progress-needs-apkg = --with-progress нь зөвхөн --format apkg-д хэрэглэгдэнэ
cli-opened = `{ $deck }` багц { $version }, сургалтын өгөгдөл: { $folder }
cli-imported = `{ $deck }` { $version } ({ $title }) багцыг { $folder }-д импортлов
cli-updated = `{ $deck }` ({ $title }) багцыг { $old }-оос { $version } болгон шинэчлэв: { $folder }
cli-replaced = `{ $deck }` { $version } ({ $title }) багцыг ижил хувилбараар сольлоо: { $folder }
cli-claims-changed = мэдэгдэл: { $added } нэмэгдсэн, { $removed } хасагдсан, { $changed } өөрчлөгдсөн
cli-claims-added = нэмэгдсэн: { $ids }
cli-claims-removed = хасагдсан: { $ids }
cli-claims-changed-ids = өөрчлөгдсөн: { $ids }
cli-backup-written = нөөц хуулбар бичлээ: { $path }
cli-no-backups = { $folder }-д нөөц хуулбар алга
cli-backup-line = { $name }	{ $bytes } байт
cli-restored = { $name }-г сэргээлээ; солигдсон өгөгдлийг `before-restore` нөөц хуулбар болгон хадгалсан
cli-new-parameters = FSRS-ийн шинэ параметрүүд, одоогоос хэрэглэгдэнэ:
cli-stats-database = өгөгдлийн сан: { $path }
cli-stats-cards = карт:    { $cards } ({ $new } шинэ, { $learning } сурч буй, { $review } давтлагад)
cli-stats-due = одоо давтах:  { $new } шинэ, { $learning } сурч буй, { $review } давтлагад
cli-stats-reviews = давтлага:  өнөөдөр { $today }, нийт { $total }
cli-bad-time = --now `{ $time }` нь RFC 3339 цаг биш байна: { $reason }
cli-synth-wrote = { $folder } бичлээ: { $claims } мэдэгдэл, { $cards } карт; { $studied } картын { $reviews } давтлага (+{ $archived } архивласан)
# steppe card ID: нэг картын түүх.
cli-card-heading = карт `{ $card }` ({ $kind }): { $prompt }
cli-card-claim = мэдэгдэл `{ $claim }`: { $text }
cli-card-quote = «{ $reading }»-ээс авсан ишлэл: { $quote }
cli-card-not-studied = хараахан үзээгүй: хариулт ч, мартах муруй ч алга
cli-card-memory = одоогийн санах ой: { $phase }, тогтвортой байдал { $stability } хоног, хүндрэл { $difficulty }, санах магадлал { $recall }
cli-card-due = давтах хугацаа { $due } (хүссэн санах хувь { $retention })
cli-card-counts = { $reps ->
        [one] 1 хариулт
       *[other] { $reps } хариулт
    }, { $lapses ->
        [one] 1 удаа мартсан
       *[other] { $lapses } удаа мартсан
    }
cli-card-suspended = түр хассан
cli-card-leech = олон удаа мартсан тул түр хассан
cli-card-answers = хариултууд (цаг, үнэлгээ, өмнөх шат, өгсөн давтах завсар, дараах тогтвортой байдал ба хүндрэл, тухайн үеийн санах магадлал):
cli-card-answer = { $at }  { $rating }  { $phase }  { $interval }  тогтвортой байдал { $stability }  хүндрэл { $difficulty }  санах { $recall }
cli-card-quiz = (сорил)
cli-card-curve = мартах муруй (одооноос хойш өнгөрөх хугацаа: санах магадлал):
cli-card-curve-point = { $when } өнгөрөхөд: { $recall }
cli-card-curve-due = { $when } өнгөрөхөд: { $recall } (давтах хугацаа)
cli-card-curve-now = одоо: { $recall }
cli-phase-new = шинэ
cli-phase-learning = сурч буй
cli-phase-review = давтлагад
cli-phase-relearning = дахин сурч буй
cli-rating-again = Дахин
cli-rating-hard = Хэцүү
cli-rating-good = Сайн
cli-rating-easy = Амархан
cli-interval-minutes = { $count ->
        [one] 1 минут
       *[other] { $count } минут
    }
cli-interval-hours = { $count ->
        [one] 1 цаг
       *[other] { $count } цаг
    }
cli-interval-days = { $count ->
        [one] 1 хоног
       *[other] { $count } хоног
    }
cli-quiz-printed = { $path } бичлээ: { $count ->
        [one] 1 асуулт
       *[other] { $count } асуулт
    } ба хариултын түлхүүр, үр { $seed }
print-title = Сорил: { $deck }
print-answer-key = Хариултын түлхүүр: { $deck }
print-about = Багц `{ $id }` { $version } · үр { $seed } · хэвлэсэн { $date }
print-scope-all = Бүх эх бичвэр
print-scope-reading = Эх бичвэр: { $title }
print-scope-tag = Шошго: { $tag }
print-scope-weak = Сул картууд
print-count = { $count ->
        [one] 1 асуулт
       *[other] { $count } асуулт
    }
print-name = Нэр:
print-choose-one = Нэгийг сонгоно уу.
print-choose-reading = Аль эх бичвэр ингэж хэлдэг вэ? Нэгийг сонгоно уу.
print-true-or-false = Үнэн үү, худал уу?
print-fill-blank = Хоосон зайг нөхнө үү.
print-write-answer = Хариултаа бичнэ үү.
print-order = Дараалал:
print-source = Эх сурвалж: { $citation }
print-footer = { $deck } · үр { $seed } · { $pages }-н { $page }-р хуудас
print-true = Үнэн
print-false = Худал
print-save-title = Сорил хэвлэх
print-pdf-filter = PDF баримт
# Багц экспортлох, импортлох цонхнууд.
exchange-export-title = Багц экспортлох
exchange-import-title = Багц импортлох
exchange-filter-steppe = Steppe багцын пакет
exchange-filter-apkg = Anki пакет
exchange-filter-csv = Anki текст (таслалаар тусгаарласан)
exchange-filter-json = JSON
exchange-filter-import = Steppe багцын пакет эсвэл Anki текст

## steppe plan: шалгалтын төлөвлөгөө.
cli-plan-saved = `{ $name }` шалгалтын төлөвлөгөөг хадгаллаа: шалгалт { $date }-нд.
cli-plan-scope = Суралцах { $days } өдөр үлдлээ; төлөвлөгөөнд { $cards } карт байгаагаас { $new } нь хараахан судлагдаагүй.
cli-plan-daily = Өдөр бүр: ойролцоогоор { $minutes } минут, { $reviews } давтлага, { $new } шинэ карт.
cli-plan-times-own = Минутыг таны өөрийн хариулах хугацаагаар тооцов (хугацаа хэмжсэн { $answers } хариулт).
cli-plan-times-default = Минутыг ердийн хариулах хугацаагаар тооцов; хугацаа хэмжсэн 200 хариулттай болоход таны өөрийнхийг ашиглана (одоо { $answers }).
cli-plan-recall = Шалгалтын өдөр санах төлөв: { $recall }% (зорилт { $target }%).
cli-plan-reachable = Зорилтод хүрэх боломжтой.
cli-plan-not-reachable = Энэ өдрийг хүртэл зорилтод хүрэхгүй: ойролцоогоор { $recall }% хүрнэ.
cli-plan-later-date = Шалгалт { $date }-нд бол зорилтод хүрнэ.
cli-plan-more-minutes = Өдөрт ойролцоогоор { $minutes } минут суралцвал энэ өдөр хүрнэ.
cli-plan-retention = Санах хувийн зорилтыг { $retention }% болговол хүрнэ: өдөрт ойролцоогоор { $minutes } минут.
cli-plan-out-of-reach = Ирэх хагас жилийн аль ч өдөр, аль ч санах хувиар зорилтод хүрэхгүй; хамрах хүрээг багасгах эсвэл зорилтыг бууруулах хэрэгтэй.
cli-plan-exam-passed = Шалгалт өнөөдөр эсвэл өнгөрсөн: суралцах өдөр үлдсэнгүй.
cli-plan-empty = Энэ төлөвлөгөөнд судалж буй карт алга.
cli-plan-none = Шалгалтын төлөвлөгөө алга. `steppe plan create --name НЭР --date YYYY-MM-DD --target 0.9` гэж үүсгэнэ үү.
cli-plan-heading = `{ $name }` шалгалтын төлөвлөгөө: шалгалт { $date }-нд ({ $scope }).
cli-plan-scope-all = бүх карт
cli-plan-scope-reading = `{ $reading }` эх бичвэр
cli-plan-scope-tag = `{ $tag }` шошго
cli-plan-day = { $date }: давтлага төлөвлөсөн { $planned_reviews }-аас { $done_reviews }, шинэ карт төлөвлөсөн { $planned_new }-аас { $done_new }
cli-plan-dropped = `{ $name }` шалгалтын төлөвлөгөөг устгалаа: картуудын түүх хэвээр, дараагийн хариултаас ердийн завсараар давтагдана.

# steppe search QUERY: хайлтаар олдсон картууд.
cli-search-found = { $claims } мэдэгдлийн { $cards } карт тохирлоо (багцад нийт { $all } карт).
cli-search-more = … { $total }-с { $shown }-г харууллаа; илүүг харахын тулд --limit ашиглана уу.
cli-search-col-card = карт
cli-search-col-state = төлөв
cli-search-col-due = давтах өдөр
cli-search-col-lapses = мартсан
cli-search-col-recall = санах
cli-search-col-text = асуулт
cli-search-suspended = түр хассан
cli-search-bad-query = Хайлтыг { $column }-р баганаас уншиж чадсангүй: { $problem }.
cli-search-expected-term = энд хайх үг дутуу байна
cli-search-unclosed-quote = энэ хашилт хаагдаагүй байна
cli-search-unclosed-paren = энэ хаалт хаагдаагүй байна
cli-search-unexpected-paren = энэ `)` юуг ч хаахгүй байна
cli-search-unknown-field = `{ $field }:` гэсэн талбар байхгүй (tag, reading, kind, is, claim, card эсвэл prop ашиглана уу)
cli-search-expected-value = `{ $field }:`-ийн дараа утга бичнэ үү
cli-search-unknown-state = `is:{ $state }` гэсэн төлөв байхгүй (due, new, learning, review, suspended, leech эсвэл disputed ашиглана уу)
cli-search-unknown-kind = `{ $kind }` гэсэн төрөл байхгүй ({ $kinds } ашиглана уу)
cli-search-expected-comparison = r<0.8, lapses>2, due<7 гэх мэт харьцуулалт бичнэ үү
cli-search-bad-whole = `{ $field }`-ийг бүхэл тоотой харьцуулна
cli-search-bad-probability = `{ $field }`-ийг 0-ээс 1 хүртэлх тоотой харьцуулна
cli-search-too-deep = хаалт хэт олон давхар байна

# steppe sync: progress on several devices through a folder another tool keeps in sync.
cli-sync-done = { $devices } өөр төхөөрөмжтэй синхрончлов: { $answers } шинэ хариулт, { $undone } буцаасан хариулт, түр хассан эсвэл сэргээсэн { $flags } карт, хүлээн авсан { $settings } тохиргооны өөрчлөлт; { $cards } карт өөрчлөгдөв.
cli-sync-exported = Ахицын { $events } үйлдлийг { $path } файлд бичлээ. Нөгөө компьютер дээр энэ файлаар `steppe sync --import` ажиллуулна уу.
cli-sync-no-folder = Синхрончлох хавтас тохируулаагүй байна: --folder-оор зааж өгнө үү (эсвэл програмын Тохиргоонд сонгоно уу).
cli-sync-unreachable = Синхрончлох хавтас { $folder } руу хандаж чадсангүй ({ $reason }). Юу ч өөрчлөгдөөгүй; энд үргэлжлүүлэн суралцаж болно, хавтас эргэж холбогдоход синхрончилно.
cli-sync-bad-file = { $file } файлын { $line }-р мөр Steppe-ийн синхрончлолын бичлэг биш байна ({ $reason }). Юу ч нэгтгээгүй; тэр файлыг синхрончлох хавтаснаас гаргана уу.
cli-sync-newer = { $file } файлыг Steppe-ийн шинэ хувилбар бичсэн байна. Юу ч нэгтгээгүй; нэгтгэхийн тулд Steppe-ээ шинэчилнэ үү.
cli-sync-other-deck = { $file } файлд энэ багцын биш, { $deck } багцын ахиц байна. Юу ч нэгтгээгүй.
cli-sync-unwritable = { $file } файлыг бичиж чадсангүй ({ $reason }). Бусад төхөөрөмжийн ахицыг нэгтгэсэн; энэ төхөөрөмжийн файлыг дараагийн синхрончлолоор бичнэ.
# The app's dialogs for the sync folder and the moved-progress file.
sync-folder-title = Синхрончлох хавтас сонгох
sync-export-title = Өөр компьютер руу шилжүүлэх ахицыг хадгалах
sync-import-title = Өөр компьютерээс шилжүүлсэн ахицыг нээх
sync-file-filter = Steppe-ийн ахиц

# steppe report: class progress reports.
cli-report-written = Таны { $claims ->
    [one] 1 мэдэгдлийн
   *[other] { $claims } мэдэгдлийн
} ахицыг { $file } файлд бичлээ. Энэ файлыг хүлээлгэж өгнө үү: үүнд санамсаргүй дугаар, мөн зөвхөн та оруулсан бол таны нэр байна.
cli-report-unreadable = { $file } файлыг уншиж чадсангүй ({ $error }).
cli-report-skipped = Алгассан: { $reason }
cli-report-none-read = { $count ->
    [one] Тайлангийн файлыг уншиж чадсангүй
   *[other] { $count } тайлангийн файлын алийг нь ч уншиж чадсангүй
}; харуулах зүйл алга.
cli-report-too-large = { $file } нь { $bytes } байт бөгөөд ахицын тайлан ийм том байх боломжгүй.
cli-report-not-a-report = { $file } нь Steppe-ийн ахицын тайлан биш ({ $detail }).
cli-report-no-format = { $file } нь Steppe-ийн ахицын тайлан биш ("format": "steppe-progress-report" алга).
cli-report-version = { $file } нь { $found } хувилбарын ахицын тайлан тул энэ Steppe уншиж чадахгүй; Steppe-ээ шинэчилнэ үү.
cli-report-other-deck = { $file } нь { $expected } биш, { $found } багцын тайлан байна.
cli-report-bad-student = { $file } файлд суралцагчийн дугаар алга, эсвэл 64 тэмдэгтээс урт байна.
cli-report-bad-name = { $file } файлын нэр 80 тэмдэгтээс урт эсвэл удирдах тэмдэгт агуулсан байна.
cli-report-claim-twice = { $file } файлд { $claim } мэдэгдэл хоёр удаа орсон байна.
cli-report-claim-impossible = { $file } файлд { $claim } мэдэгдлийн санасан хариулт нийт хариултаас олон байна.
cli-report-class-heading = { $title }: ангийн тайлан, { $students ->
    [one] 1 суралцагч
   *[other] { $students } суралцагч
}
cli-report-students = Суралцагчид
cli-report-student-line = { $who }: { $seen } мэдэгдэл үзсэн, { $answers } хариулт, { $recall } санасан
cli-report-most-missed = { $count ->
    [0] Хариулт нь { $min } ба түүнээс дээш мэдэгдлээс алдсан нь одоогоор алга
    [one] Хамгийн их алдсан мэдэгдэл (хариулт нь { $min } ба түүнээс дээш)
   *[other] Хамгийн их алдсан { $count } мэдэгдэл (хариулт нь { $min } ба түүнээс дээш)
}
cli-report-claim-line = { $recall } санасан: { $claim } ({ $students } суралцагчийн { $answers } хариулт)
cli-report-disputes = Эх сурвалжууд зөрөх нь: хувилбар бүрийг анги хэрхэн санаж буй
cli-report-version-line = { $reading }: “{ $says }”, { $answers } хариултын { $recall } санасан
cli-report-readings = Эх бичвэрүүд
cli-report-reading-line = { $title }: { $claims } мэдэгдлийн { $seen } үзсэн, { $recall } санасан
cli-report-unknown-claims = Тайлан дахь { $count } мэдэгдэл багцад байхгүй болсон тул тооцоонд ороогүй.
# steppe deck add/update: git репозиторид хадгалсан багц.
cli-git-reading = { $url }-г уншиж байна
cli-git-up-to-date = `{ $deck }` багц шинэчлэгдсэн байна: { $version }, коммит { $commit }
cli-git-would-add = `{ $deck }` { $version } ({ $title }) багцыг коммит { $commit }-оос нэмж болно
cli-git-would-update = `{ $deck }` багцыг { $old }-оос { $version } болгон шинэчилж болно (коммит { $commit })
cli-git-installed = { $url }-аас, коммит { $commit }
cli-git-no-decks = git репозиториас нэмсэн багц алга; `steppe deck add URL`-аар нэмнэ үү
cli-git-some-failed = зарим багцыг шинэчилж чадсангүй; бусдыг нь шинэчлэв

# steppe cards: үнэн/худал картын хоёр сонголт, мэдэгдлийн огноо.
cli-true = Үнэн
cli-false = Худал
date-month = { $year } оны { $month }-р сар
date-day = { $year } оны { $month }-р сарын { $day }

# Тушаалын мөрийг уншиж чадаагүй үед (гарах код 2).
cli-usage-error = алдаа:
cli-usage-tip = зөвлөмж:
cli-usage-unknown-argument = '{ $arg }' гэсэн танигдахгүй аргумент байна
cli-usage-unknown-command = '{ $command }' гэсэн тушаал танигдахгүй байна
cli-usage-empty-value = '{ $arg }'-д утга шаардлагатай боловч өгөгдсөнгүй
cli-usage-invalid-value = '{ $value }' нь '{ $arg }'-д тохирохгүй утга байна
cli-usage-possible-values = [боломжит утгууд: { $values }]
cli-usage-out-of-range = '{ $value }' нь '{ $arg }'-д тохирохгүй утга байна: { $low }-аас { $high } хүртэл байх ёстой
cli-usage-not-a-number = '{ $value }' нь '{ $arg }'-д тохирохгүй утга байна: бүхэл тоо байх ёстой
cli-usage-missing-arguments = дараах заавал өгөх аргумент өгөгдсөнгүй:
cli-usage-missing-command = '{ $command }'-д дэд тушаал шаардлагатай боловч өгөгдсөнгүй
cli-usage-possible-commands = [дэд тушаалууд: { $commands }]
cli-usage-repeated = '{ $arg }' аргументыг нэг л удаа өгч болно
cli-usage-conflict = '{ $arg }' аргументыг { $others }-тай хамт хэрэглэж болохгүй
cli-usage-conflict-any = '{ $arg }' аргументыг өгсөн бусад аргументтай хамт хэрэглэж болохгүй
cli-usage-no-equals = '{ $arg }'-д утга өгөхдөө тэнцүүгийн тэмдэг (=) хэрэгтэй
cli-usage-too-many-values = '{ $arg }'-д '{ $value }' гэсэн илүү утга байна; өөр утга хүлээгээгүй
cli-usage-value-count = '{ $arg }'-д { $expected } утга шаардлагатай боловч { $given } өгөгдсөн
cli-usage-not-utf8 = аргументуудын аль нэг нь UTF-8 биш байна
cli-usage-other = тушаалын мөрийг уншиж чадсангүй
cli-usage-similar = төстэй нь: { $names }
cli-usage-escape = '{ $arg }'-г утга болгон өгөхийн тулд '-- { $arg }' гэж бичнэ үү
cli-usage-more = Дэлгэрэнгүйг '{ $help }'-ээс үзнэ үү.
