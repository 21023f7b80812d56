# What the core says when it refuses a request or a file (Notice): one sentence per code, with
# its arguments. Quoted parts of the input and the messages of parsers ($error) are not translated.

## A .steppe package refused on import

notice-package-too-large = пакет { $bytes } байт байна, хязгаар нь { $limit }
notice-not-a-zip = .steppe пакет (zip) биш байна: { $error }
notice-too-many-entries = { $entries } файл агуулж байна, хязгаар нь { $limit }
notice-entry-unreadable = { $index }-р файл: { $error }
notice-entry-name-not-utf8 = { $index }-р файлын нэр UTF-8 биш байна
notice-entry-outside = `{ $entry }` файл багцын хавтаснаас гадна руу заасан байна
notice-entry-not-deck-file = `{ $entry }` нь багцын файл биш (deck.toml, disputes.toml, readings/*.md, claims/*.toml)
notice-entry-twice = `{ $entry }` файл хоёр удаа орсон байна
notice-entry-too-large = `{ $entry }` файл задлахад { $size } байт болно, хязгаар нь { $limit }
notice-entry-ratio = `{ $entry }` файл { $ratio }:1 харьцаагаар шахагдсан, хязгаар нь { $limit }:1 (zip бөмбөг байж магадгүй)
notice-entries-too-large = файлуудыг задлахад хязгаар болох { $limit } байтаас хэтэрнэ
notice-entry-cannot-unpack = `{ $entry }` файлыг задалж чадсангүй: { $error }
notice-entry-wrong-size = `{ $entry }` файлын хэмжээ толгой хэсэгт заасантай таарахгүй байна
notice-no-manifest = пакетэд { $manifest } алга; энэ нь Steppe-ийн багцын пакет биш
notice-bad-manifest = { $manifest } буруу байна: { $error }
notice-wrong-format = { $manifest } формат нь `{ $expected }` биш, `{ $found }` гэжээ
notice-format-version = пакетын форматын { $found }-р хувилбарыг дэмжихгүй (энэ Steppe { $supported }-р хувилбарыг уншина); Steppe-ээ шинэчилнэ үү
notice-entry-not-listed = `{ $entry }` файл { $manifest }-д бүртгэгдээгүй байна
notice-entry-checksum = `{ $entry }` файл { $manifest } дахь шалгах нийлбэртэйгээ таарахгүй байна
notice-entry-not-utf8 = `{ $entry }` файл зөв UTF-8 текст биш байна ({ $byte }-р байт)
notice-listed-missing = { $manifest }-д `{ $entry }` бүртгэгдсэн ч пакетэд алга
notice-manifest-other-deck = { $manifest }-д `{ $listed }` { $listed_version } багц гэсэн ч deck.toml-д `{ $deck }` { $version } гэжээ
notice-file-too-large = файл хязгаар болох { $limit } байтаас том байна

## A .csv/.tsv table refused on import

notice-table-not-utf8 = { $line }-р мөр: зөв UTF-8 текст биш байна
notice-table-unknown-separator = { $line }-р мөр: `{ $separator }` гэсэн тусгаарлагч танигдахгүй (comma, semicolon, tab, space, pipe эсвэл colon)
notice-table-html = { $line }-р мөр: талбарууд энгийн текст байх ёстой (`#html:false`)
notice-table-no-columns = баганыг нэрлэсэн `#columns:` толгой мөр алга
notice-table-missing-column = { $line }-р мөр: `#columns:`-д `{ $column }` багана алга
notice-table-unknown-column = { $line }-р мөр: `{ $column }` гэсэн багана танигдахгүй
notice-table-bad-row = { $line }-р мөр: { $error }
notice-table-field-count = { $line }-р мөр: { $fields } талбар байна, харин `#columns:` { $columns } баганыг нэрлэсэн
notice-table-field-too-long = { $line }-р мөр: `{ $field }` талбарт { $chars } тэмдэгт байна (дээд тал нь { $limit })
notice-table-empty-reading = { $line }-р мөр: `reading` талбар хоосон байна
notice-table-not-true-or-false = { $line }-р мөр: `{ $field }` талбар “{ $value }” байна; true, false гэж бичих эсвэл хоосон үлдээнэ үү
notice-table-no-deck = `#deck:` толгой мөр алга; аль багц болохыг --deck-ээр заана уу
notice-table-unknown-deck = эдгээр мэдэгдлийг оруулах `{ $deck }` багц алга; эхлээд багцаа импортлох эсвэл үүсгэнэ үү

## Any imported deck

notice-deck-id-not-kebab = `{ $deck }` багцын id kebab-case биш байна (a-z, 0-9 ба дан зураас)
notice-field-too-long = { $path }:{ $line }:{ $column }: `{ $field }` талбарт { $chars } тэмдэгт байна (дээд тал нь { $limit })
notice-field-too-long-named = { $path }:{ $line }:{ $column }: { $table } `{ $id }`: `{ $field }` талбарт { $chars } тэмдэгт байна (дээд тал нь { $limit })
notice-field-too-long-unnamed = { $path }:{ $line }:{ $column }: нэг { $table }: `{ $field }` талбарт { $chars } тэмдэгт байна (дээд тал нь { $limit })
notice-claim-field-too-long = `{ $claim }` мэдэгдэл: `{ $field }` талбарт { $chars } тэмдэгт байна (дээд тал нь { $limit })
notice-older-version = `{ $deck }` багцын { $version } хувилбар нь суулгасан { $installed } хувилбараас хуучин байна; солихыг хүсвэл --force ашиглана уу

## Something asked for that is not there

notice-missing-reading = `{ $id }` эх бичвэр олдсонгүй
notice-missing-backup = `{ $name }` нөөц хуулбар олдсонгүй
notice-missing-quiz = { $quiz }-р сорил олдсонгүй
notice-missing-question = { $quiz }-р сорилын { $position }-р асуулт олдсонгүй
notice-missing-card = `{ $id }` карт олдсонгүй
notice-missing-claim = `{ $id }` мэдэгдэл олдсонгүй
notice-missing-plan = `{ $name }` шалгалтын төлөвлөгөө олдсонгүй
notice-missing-deck = `{ $id }` багц олдсонгүй
notice-missing-deck-folder = `{ $path }` багцын хавтас олдсонгүй
notice-missing-tag = `{ $tag }` шошго олдсонгүй

## A request with a value no screen offers

notice-quiz-length = сорил 1-ээс { $most } асуулттай байна, { $length } биш
notice-plan-bad-date = шалгалтын огноо 2026-06-15 маягийн огноо байх ёстой, `{ $text }` биш
notice-plan-no-name = шалгалтын төлөвлөгөөнд нэр хэрэгтэй
notice-plan-target = санах зорилт { $low }-оос { $high }-ийн хооронд байх ёстой, { $target } биш
notice-plan-minutes = төлөвлөгөөний өдрийн минут 0-ээс их байх ёстой
notice-plan-date-past = шалгалтын огноо { $date } өнөөдрөөс хойш биш байна
notice-quiz-no-questions = Энэ сонголтод асуулт алга. Өөр эх бичвэр эсвэл шошго сонгоно уу.
notice-quiz-no-weak-cards = Сул карт хараахан алга. Сул карт гэдэг нь саяхан алдсан эсвэл мартах магадлалтай картууд юм.
notice-quiz-weak-needs-study-data = сул картын сорилд сургалтын өгөгдөл хэрэгтэй
notice-question-answered = энэ сорилын { $number }-р асуултад аль хэдийн хариулсан
notice-too-few-reviews = оновчлоход дор хаяж { $needed } давтлага хэрэгтэй; одоогоор { $found } байна. Үндсэн параметрүүдээр үргэлжлүүлэн давтана уу
notice-preview-deck-id = `{ $deck }` багцын id kebab-case байх ёстой: энэ нь багцын сургалтын хавтасны нэр болдог
notice-folder-deck-id = `{ $path }` дахь `{ $deck }` багцын id kebab-case байх ёстой: энэ нь багцын сургалтын хавтасны нэр болдог
notice-bad-query = { $error }

## A deck that cannot be made, changed or deleted so

notice-deck-toml-unwritable = deck.toml-г бичиж чадсангүй: { $error }
notice-builtin-deck-toml-bad = суулгагдсан багцын deck.toml буруу байна: { $error }
notice-new-deck-id-not-kebab = `{ $id }` багцын id kebab-case биш: жижиг үсэг, тоо, дан зураас ашиглана уу
notice-deck-needs-title = багцад гарчиг хэрэгтэй
notice-deck-exists = `{ $id }` id-тай багц аль хэдийн байна
notice-builtin-not-deletable = суулгагдсан багцыг устгах боломжгүй
notice-builtin-read-only = суулгагдсан багцыг зөвхөн уншина; мэдэгдлийг нь засахын тулд хуулбар үүсгэнэ үү
notice-selection-not-in-reading = сонгосон текст `{ $reading }` эх бичвэрт алга
notice-claim-has-problems = `{ $claim }` мэдэгдэлд { $count } алдаа байна; юу ч хадгалсангүй. Эхнийх нь: { $first }
notice-reading-id-not-kebab = `{ $id }` эх бичвэрийн id kebab-case биш: жижиг үсэг, тоо, дан зураас ашиглана уу
notice-reading-exists = `{ $id }` id-тай эх бичвэр аль хэдийн байна
notice-deck-toml-bad = deck.toml буруу байна: { $error }
notice-dismissals-unwritable = үл тоосон сануулгуудыг бичиж чадсангүй: { $error }
notice-claims-file-not-toml = `{ $path }` зөв TOML биш байна; текст засварлагчаар засна уу: { $error }
notice-no-front-matter = `{ $path }`-д толгой хэсэг (front matter) алга
notice-front-matter-bad-in = `{ $path }` дахь толгой хэсэг (front matter) буруу байна: { $error }
notice-front-matter-bad = толгой хэсэг (front matter) буруу байна: { $error }

## A deck from a git repository refused. $commit: the commit's short id; $error: git's own message

notice-git-url-scheme = зөвхөн https://, file:// хаяг болон дотоод хавтсыг унших боломжтой (ssh, git:// биш)
notice-git-no-url = репозитори заагаагүй байна
notice-git-not-a-repository = git репозитори биш, эсвэл эвдэрсэн байна: { $error }
notice-git-no-head = репозиторийн HEAD ямар ч коммит заахгүй байна (хоосон репозитори юу?): { $error }
notice-git-no-commit = { $commit } коммит репозиторид алга: { $error }
notice-git-no-reference = репозиторид `{ $name }` гэсэн салбар эсвэл шошго алга: { $error }
notice-git-fetched-too-large = татсан репозитори { $bytes } байт байна, хязгаар нь { $limit }
notice-git-fetched-no-commit = татсан заалт ямар ч коммит заахгүй байна (хоосон репозитори юу?): { $error }
notice-git-no-https = Steppe-ийн энэ хувилбар зөвхөн дотоод репозитори уншина (https-гүй бүтээсэн)
notice-git-unreadable = { $commit } коммит: репозитори эвдэрсэн байна, `{ $what }`-г уншиж чадсангүй: { $error }
notice-git-too-many-files = { $commit } коммит: багцын хавтсуудад { $limit }-аас олон файл байна
notice-git-link-out = { $commit } коммит: `{ $path }` нь `{ $target }` руу заасан холбоос бөгөөд багцын хавтсаас гадагш заана; багцад зөвхөн энгийн файл байна
notice-git-link = { $commit } коммит: `{ $path }` нь `{ $target }` руу заасан холбоос, файл биш; багцад зөвхөн энгийн файл байна
notice-git-not-a-file = { $commit } коммит: `{ $path }` нь хавтас эсвэл дэд модуль, файл биш
notice-git-odd-name = { $commit } коммит: `{ $path }` нь энгийн файлын нэр биш
notice-git-no-deck-toml = { $commit } коммит: репозиторийн дээд хавтсанд deck.toml алга, тиймээс Steppe-ийн багц биш
notice-git-file-too-large = { $commit } коммит: `{ $path }` { $size } байт байна, хязгаар нь { $limit }
notice-git-files-too-large = { $commit } коммит: багцын файлууд нийлээд { $limit } байтын хязгаараас их байна
notice-git-not-utf8 = { $commit } коммит: `{ $path }` зөв UTF-8 текст биш байна ({ $byte }-р байт)
notice-git-builtin-id = `{ $id }` id нь суулгагдсан багцынх; багцад өөрийн id өгнө үү
notice-git-other-deck-now = репозиторид одоо `{ $expected }` биш `{ $id }` багц байна; шинэ багц болгон нэмнэ үү
notice-git-id-taken = `{ $id }` id-тай багц өөр газраас аль хэдийн суусан байна; эхлээд устгах эсвэл нэрийг нь солино уу
notice-git-not-from-git = `{ $deck }` багцыг git репозиториос нэмээгүй
notice-git-moved = шалгаснаас хойш репозитори өөрчлөгджээ (одоо { $checked } биш { $now } коммит дээр байна); дахин шалгана уу
notice-git-holds-other-deck = репозиторид `{ $deck }` биш `{ $id }` багц байна

## The study database or its folder refused.
notice-db-not-sqlite = `{ $path }` нь Steppe-ийн сургалтын өгөгдөл биш: огт өгөгдлийн сангийн файл биш байна (өөр файл дээр нь хадгалагдсан, хуулагдсан эсвэл танигдахааргүй гэмтсэн). Steppe үүнд хүрэхгүй. Хамгийн сүүлийн нөөц хуулбарыг сэргээх, эсвэл шинээр эхлэхийн тулд файлыг өөр газар зөөнө үү
notice-db-foreign = `{ $path }` нь Steppe-ийн сургалтын өгөгдөл биш: өөр програмын өгөгдлийн сан байна. Steppe үүнд хүрэхгүй. Шинээр эхлэхийн тулд өөр газар зөөх, эсвэл STEPPE_DATA_DIR-ийг өөр хавтсаар тохируулна уу
notice-db-newer = `{ $path }`-ийг Steppe-ийн шинэ хувилбар бичсэн байна (схем { $found }, энэ хувилбар { $supported } хүртэлхийг мэднэ); нээхийн тулд Steppe-ээ шинэчилнэ үү
notice-db-corrupt = Сургалтын өгөгдөл `{ $path }` гэмтсэн байна (зарим хэсгийг уншиж чадахгүй: { $detail }). Steppe үүнд хүрэхгүй. Хамгийн сүүлийн нөөц хуулбарыг сэргээх, эсвэл шинээр эхэлнэ үү (гэмтсэн файлыг тусад нь хадгална)
notice-data-dir-unusable = `{ $path }` өгөгдлийн хавтсыг ашиглаж чадахгүй: { $error }
notice-data-dir-is-file = `{ $path }` өгөгдлийн хавтас нь хавтас биш, файл байна; STEPPE_DATA_DIR (эсвэл --data-dir)-ийг хавтсаар тохируулна уу
notice-already-open = Steppe аль хэдийн нээлттэй байна: Steppe-ийн өөр цонх эсвэл тушаал `{ $dir }`-ийг ашиглаж байна. Түүнийг хаагаад дахин оролдоно уу
notice-already-open-process = Steppe аль хэдийн нээлттэй байна: Steppe-ийн өөр цонх эсвэл тушаал `{ $dir }`-ийг ашиглаж байна ({ $pid } процесс). Түүнийг хаагаад дахин оролдоно уу
notice-already-open-program = Steppe аль хэдийн нээлттэй байна: Steppe-ийн өөр цонх эсвэл тушаал `{ $dir }`-ийг ашиглаж байна ({ $pid } процесс, `{ $program }`). Түүнийг хаагаад дахин оролдоно уу
notice-opened-twice = Энэ Steppe `{ $dir }`-ийг аль хэдийн нээсэн байхад хоёр дахь удаа нээх хүсэлт ирлээ (өөр цонх оролцоогүй); юу ч өөрчлөгдөөгүй. Steppe-ийг дахин эхлүүлнэ үү
notice-data-read-only = Steppe `{ $dir }`-д хадгалж чадахгүй: хавтас эсвэл өгөгдлийн сан зөвхөн уншихаар тохируулагдсан байна. Юу ч өөрчлөгдөөгүй; бичих эрх олгох, эсвэл STEPPE_DATA_DIR-ийг бичих боломжтой хавтсаар тохируулна уу
notice-no-backup = `{ $dir }`-д нээгдэх нөөц хуулбар алга; оронд нь шинээр эхэлнэ үү (гэмтсэн файлыг тусад нь хадгална)
notice-bad-backup = `{ $path }` нөөц хуулбарыг сэргээх боломжгүй: гэмтсэн эсвэл дутуу байна ({ $detail }). Юу ч өөрчлөгдөөгүй; өөр нөөц хуулбар сонгоно уу
notice-not-damaged = `{ $path }` хэвийн нээгдэж байна; сэргээх зүйл алга

## A file that cannot be written.
notice-cannot-write = `{ $path }`-д бичиж чадсангүй: { $error }
notice-cannot-trash = `{ $path }`-ийг хогийн сав руу зөөж чадсангүй: { $error }
notice-cannot-make-pdf = PDF үүсгэж чадсангүй: { $error }

## A file, a deck folder, a repository or study data that cannot be read or used.
notice-cannot-read = `{ $path }`-ийг уншиж чадсангүй: { $error }
notice-cannot-read-database = Сургалтын өгөгдлийг уншиж чадсангүй: { $error }
notice-cannot-fetch = `{ $url }`-ээс татаж чадсангүй: { $error }
notice-deck-not-a-folder = `{ $path }` нь хавтас биш байна; deck.toml агуулсан багцын хавтсыг өгнө үү
notice-deck-file-not-utf8 = `{ $path }` нь зөв UTF-8 бичвэр биш байна
notice-other-deck = `{ $dir }` дахь сургалтын өгөгдөл `{ $opened }` биш, `{ $holds }` багцынх байна; үүнийг `{ $holds }` багцаар нээнэ үү (steppe … --deck { $holds })

## A sentence not yet given a code of its own, shown as it is
notice-untranslated = { $text }
