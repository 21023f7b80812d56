# What `steppe check`, an import and the Author view say about a deck's files: one message per
# problem code (`problem-<code>`) and the hint under it (`problem-<code>-hint`). Words between
# backticks are names in the deck's files (fields, ids, `+++`): they stay as they are. Arguments
# quote the deck (ids, answers, paths) and are never translated.

problem-deck-file-missing = багцад `deck.toml` файл алга
problem-deck-file-missing-hint = id, title, version болон эх бичвэрүүдийн жагсаалттай deck.toml файл нэмнэ үү
problem-deck-file-bad = deck.toml буруу байна: { $error }
problem-deck-file-bad-hint = deck.toml-д id, title, version болон readings = [ ...эх бичвэрүүдийн id... ] байх ёстой
problem-reading-id-twice = `{ $id }` гэсэн эх бичвэрийн id хоёр удаа хэрэглэгдсэн байна
problem-reading-id-twice-hint = эх бичвэр бүрт өөр id өгнө үү
problem-unknown-reading = `{ $id }` гэсэн id-тай эх бичвэр алга
problem-unknown-reading-hint = readings/ доторх файлын толгой хэсэгт (front matter) бичсэн `id`-г хэрэглэнэ үү
problem-claim-id-not-kebab = `{ $id }` гэсэн мэдэгдлийн id kebab-case хэлбэртэй биш байна
problem-claim-id-not-kebab-hint = латин жижиг үсэг, цифр, дан зураас л хэрэглэнэ үү, жишээ нь `mongolia-hosts-talks-2014`
problem-claim-id-twice = `{ $id }` гэсэн мэдэгдлийн id `{ $path }` файлд аль хэдийн хэрэглэгдсэн байна
problem-claim-id-twice-hint = мэдэгдлийн id багц дотроо давтагдах ёсгүй
problem-unknown-kind = `{ $kind }` гэсэн мэдэгдлийн төрөл байхгүй
problem-unknown-kind-hint = эдгээрийн аль нэгийг хэрэглэнэ үү: { $kinds }
problem-answer-not-in-text = `{ $answer }` гэсэн хариулт мэдэгдлийн `text`-д алга
problem-answer-not-in-text-hint = хариултыг `text`-ээс яг хуулж бичнэ үү: энэ нь нөхөх картын хоосон зай болно
problem-bad-date = `{ $date }` гэдэг нь огноо биш байна
problem-bad-date-hint = YYYY, YYYY-MM эсвэл YYYY-MM-DD хэлбэрээр бичнэ үү
problem-role-not-kebab = `{ $role }` гэсэн үүрэг kebab-case хэлбэртэй биш байна
problem-role-not-kebab-hint = хариултын үүргийг латин жижиг үсгээр, үгсийг зураасаар холбож бичнэ үү, жишээ нь `mongolian-president`
problem-empty-field = зохиогчийн бичсэн буруу сонголт эсвэл худал өгүүлбэр хоосон байна
problem-empty-field-hint = хоосон мөрийг устгана уу
problem-control-character = текстийн талбарт удирдах тэмдэгт байна (U+{ $char })
problem-control-character-hint = үүнийг устгана уу: текстэд зөвхөн таб болон мөр шилжүүлэг байж болно
problem-ambiguous-quote = ишлэл `{ $path }` файлд { $count } удаа гарч байна
problem-ambiguous-quote-hint = заах гэсэн газрынхаа яг өмнөх эсвэл дараах үгсээр `prefix` эсвэл `suffix` нэмнэ үү
problem-quote-not-found =
    { $affixed ->
        [yes] prefix/suffix-тэй ишлэл
       *[no] ишлэл
    } `{ $path }` файлаас олдсонгүй
problem-quote-not-found-hint =
    { $hint ->
        [near] эх бичвэрийн хамгийн ойролцоо хэсэг: "{ $near }"
        [long] ишлэл { $length } тэмдэгт урт байна; эх бичвэрээс богино хэсэг ишлэнэ үү ({ $max } тэмдэгтээс урт ишлэлд ойролцоо хэсэг хайдаггүй)
       *[empty] эх бичвэрт текст алга
    }
problem-dangling-conflict = `conflicts_with`-д бичсэн `{ $id }` гэсэн мэдэгдэл алга
problem-dangling-conflict-hint = өөр эх бичвэрт өөрөөр өгүүлсэн мэдэгдлийн id-г бичнэ үү
problem-one-sided-conflict = `{ $other }` мэдэгдлийн `conflicts_with`-д `{ $id }` алга
problem-one-sided-conflict-hint = зөрөлдөөн хоёр талдаа бичигдэнэ: энэ мэдэгдлийн id-г нөгөө мэдэгдлийн `conflicts_with`-д нэмнэ үү
problem-deck-lists-unknown-reading = deck.toml-д `{ $id }` эх бичвэр жагсаагдсан ч readings/ доторх ямар ч файлд ийм id алга
problem-deck-lists-unknown-reading-hint = эх бичвэрийн толгой хэсгийн (front matter) `id`-г шалгана уу
problem-reading-not-in-deck = `{ $id }` эх бичвэр deck.toml-д жагсаагдаагүй байна
problem-reading-not-in-deck-hint = түүний id-г deck.toml-ийн `readings`-д нэмэх эсвэл файлыг устгана уу
problem-reading-without-claims = `{ $id }` эх бичвэрт мэдэгдэл алга
problem-reading-without-claims-hint = claims/ хавтаст `reading = "<id>"` мөр болон дор хаяж нэг мэдэгдэлтэй файл нэмнэ үү
problem-distractor-is-answer = `{ $distractor }` гэсэн буруу сонголт нь мэдэгдлийн өөрийнх нь хариулт байна
problem-distractor-is-answer-hint = буруу сонголт асуултын буруу хариулт байх ёстой
problem-distractor-is-version = `{ $distractor }` гэсэн буруу сонголт нь `{ $claim }` мэдэгдлийн өгдөг хариулт байна
problem-distractor-is-version-hint = өөр эх сурвалжийн хувилбар хэзээ ч буруу сонголт болохгүй: карт түүнийг буруу гэж тэмдэглэнэ
problem-false-statement-is-claim = худал өгүүлбэр нь `{ $claim }` мэдэгдлийн текст байна
problem-false-statement-is-claim-hint = худал өгүүлбэр багцын бүх эх бичвэрт худал байх ёстой
problem-disputes-file-bad = маргааны файл буруу байна: { $error }
problem-disputes-file-bad-hint = маргаан бүр id, question болон хоёр буюу түүнээс дээш `[[dispute.version]]` хүснэгттэй `[[dispute]]` хүснэгт байна
problem-dispute-id-not-kebab = `{ $id }` гэсэн маргааны id kebab-case хэлбэртэй биш байна
problem-dispute-id-not-kebab-hint = латин жижиг үсэг, цифр, дан зураас л хэрэглэнэ үү, жишээ нь `first-cattle-shipment`
problem-dispute-id-twice = `{ $id }` гэсэн маргааны id хоёр удаа хэрэглэгдсэн байна
problem-dispute-id-twice-hint = маргаан бүрт өөр id өгнө үү
problem-dispute-empty-question = `{ $id }` маргааны асуулт хоосон байна
problem-dispute-empty-question-hint = эх сурвалжууд өөр өөрөөр хариулдаг асуултыг аль нэг хариулт руу хазайлгалгүй асууна уу
problem-dispute-too-few-versions = `{ $id }` маргаанд { $count } хувилбар байна; маргаанд хоёр буюу түүнээс дээш хувилбар хэрэгтэй
problem-dispute-too-few-versions-hint = эх сурвалж бүрийн хариултад `says`, `claims`-тай `[[dispute.version]]` хүснэгт нэмнэ үү
problem-version-says-nothing = `{ $id }` маргааны нэг хувилбар юу ч хэлээгүй эсвэл өөр хувилбартай ижил зүйл хэлж байна
problem-version-says-nothing-hint = `says`-д энэ эх сурвалжийн хариултыг бусад хувилбараас ялгаатайгаар хэдхэн үгээр бичнэ үү
problem-version-without-claims = `{ $id }` маргааны нэг хувилбарт мэдэгдэл нэрлээгүй байна
problem-version-without-claims-hint = энэ хувилбарыг өгүүлсэн мэдэгдлүүдийн id-г жагсаана уу
problem-dispute-unknown-claim = `{ $id }` маргаанд нэрлэсэн `{ $claim }` гэсэн мэдэгдэл алга
problem-dispute-unknown-claim-hint = энэ хувилбарыг өгүүлсэн мэдэгдлийн id-г бичнэ үү
problem-claim-in-two-disputes = `{ $claim }` мэдэгдэл аль хэдийн `{ $other }` маргааны хувилбар болсон байна
problem-claim-in-two-disputes-hint = нэг мэдэгдэл зөвхөн нэг маргаантай асуултад хариулна; маргаануудыг нэгтгэх эсвэл мэдэгдлийг хуваана уу
problem-version-mixes-readings = `{ $claim }` мэдэгдэл хувилбарынхаа бусад мэдэгдлээс өөр эх бичвэрээс гаралтай
problem-version-mixes-readings-hint = хувилбар гэдэг нь нэг эх бичвэрийн өгүүлсэн зүйл; эх бичвэр бүрт тусдаа хувилбар өгнө үү
problem-versions-same-reading = `{ $id }` маргааны хоёр хувилбар нэг эх бичвэрээс гаралтай
problem-versions-same-reading-hint = эх бичвэр бүрт нэг хувилбар өгөх, эсвэл өөртэйгөө зөрчилдсөн эх бичвэрийг `internal = true` гэж тэмдэглэнэ үү
problem-internal-many-readings = `{ $id }` маргаан internal гэж тэмдэглэгдсэн ч хувилбарууд нь { $count } эх бичвэрээс гаралтай
problem-internal-many-readings-hint = `internal = true` нь өөртэйгөө зөрчилдсөн ганц эх бичвэрт зориулагдсан; үүнийг устгана уу
problem-no-front-matter = эх бичвэрт толгой хэсэг (front matter) алга
problem-no-front-matter-hint = файлыг `+++` мөр, TOML-оор бичсэн ном зүйн мэдээлэл, дахиад нэг `+++` мөрөөр эхлүүлнэ үү
problem-front-matter-not-closed = толгой хэсэг (front matter) хаагдаагүй байна
problem-front-matter-not-closed-hint = толгой хэсгийг зөвхөн `+++` бичсэн мөрөөр дуусгана уу
problem-front-matter-bad = толгой хэсэг (front matter) буруу байна: { $error }
problem-front-matter-bad-hint = толгой хэсэгт id, title, publisher, published заавал байна; author, url, seed байж ч болно, байхгүй ч болно
problem-claims-file-bad = мэдэгдлийн файл буруу байна: { $error }
problem-claims-file-bad-hint = мэдэгдэл бүр id, quote, text, answer, kind бүхий `[[claim]]` хүснэгт байна
problem-doubled-word = `{ $word } { $word }`: үг давхардсан байна
problem-doubled-word-hint = нэгийг нь устгана уу
problem-question-names-answer = асуултад хариулт болох `{ $answer }` орсон байна
problem-question-names-answer-hint = хариултыг дурдалгүй асууна уу: эс тэгвэл суралцагч асуултаас нь уншчихна
problem-text-gives-answer-away = `{ $answer }` хэсгийг нуусан ч `text`-д `{ $giveaway }` харагдсаар байна
problem-text-gives-answer-away-hint = хариулт зөвхөн хоосон зайд л байхаар `text`-ийг засаж бичнэ үү
problem-function-word-gap = `{ $answer }` гэсэн хариулт нь туслах үг байна
problem-function-word-gap-hint = баримтыг нөхөх зай болгоно уу: нэр, тоо, огноо, гол хэллэг
problem-dated-event = `{ $event }` он дарааллын зүйл өөрийн огноог агуулсан байна
problem-dated-event-hint = үйл явдлыг огноогүйгээр бичнэ үү: он дараалал хариулсны дараа огноог харуулдаг
problem-needs-context = асуултад бичсэн `{ $phrase }` нь тухайн өгүүллийг гартаа барьж байхыг шаардана
problem-needs-context-hint = эх сурвалжийг (картууд иш татдагаар нь) эсвэл асуултын цаг хугацааг заах үйл явдлыг нэрлэнэ үү
problem-false-statement-is-own-text = худал өгүүлбэр нь мэдэгдлийн өөрийн текст байна
problem-false-statement-is-own-text-hint = худал өгүүлбэр эх бичвэрт байхгүй зүйлийг хэлэх ёстой
problem-unattributed-version = `{ $claim }` мэдэгдэл маргааны нэг хувилбар боловч { $source }-ийн хувилбар гэдгээ хэлээгүй байна
problem-unattributed-version-hint = хэний хувилбар болохыг хэлнэ үү, жишээ нь “{ $source }-ийн хэлснээр …”
problem-duplicate-text = `{ $claim }` мэдэгдлийн текст `{ $first }` мэдэгдлийнхтэй ижил байна
problem-duplicate-text-hint = хоёр мэдэгдлийн нэгийг нь үлдээнэ үү
problem-repeated-fact = { $count } мэдэгдэл ({ $claims }) нэг өгүүлбэрээс `{ $answer }` хариултыг асууж байна
problem-repeated-fact-hint = нэгтгэнэ үү: нэг баримтад хоёроос олон карт байх нь мэдлэг биш, зөвхөн давтлага нэмнэ
problem-length-cue = `{ $answer }` гэсэн хариулт уртаараа ялгарч байна: { $length } тэмдэгт, хамгийн ойр буруу сонголт { $other } тэмдэгт
problem-length-cue-hint = хариулттай ойролцоо урттай буруу сонголтууд бичнэ үү, ингэвэл зөвхөн баримтыг мэддэг хүн зөвийг сонгоно

## A setting out of range. $value is the value given, as entered.

setting-problem-desired-retention = зорилтот санах хувь 0.70-аас 0.99-ийн хооронд байх ёстой, { $value } биш
setting-problem-new-per-day = өдөрт шинэ карт 500-аас ихгүй байх ёстой, { $value } биш
setting-problem-reviews-per-day = өдөрт давтлага 5000-аас ихгүй байх ёстой, { $value } биш
setting-problem-rollover-hour = өдөр 0-ээс 23 цагийн хооронд эхлэх ёстой, { $value } биш
setting-problem-font-scale = текстийн хэмжээ 80%-иас 160%-ийн хооронд байх ёстой, { $value }% биш
