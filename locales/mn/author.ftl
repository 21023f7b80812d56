# The Author view, where an instructor writes a deck: its readings, claims and coverage.

author-title = Зохиох
author-readonly = «{ $title }» бол програмд багтсан багц тул өөрчлөх боломжгүй. Хуулбарыг нь үүсгээд, тэр хуулбараа засаарай.
author-fork = Хуулбарлаж засах
author-no-deck = «{ $deck }» гэсэн багц алга.
author-readings-nav = Багцын эх бичвэрүүд
author-deck-problems = { $count ->
    [one] Багцад { $count } асуудал байна
   *[other] Багцад { $count } асуудал байна
  }
author-reading-claims = { $count ->
    [one] { $count } мэдэгдэл
   *[other] { $count } мэдэгдэл
  }
author-new-reading = Шинэ эх бичвэр
author-tabs = Эх бичвэр
author-tab-text = Бичвэр
author-tab-citation = Ном зүйн мэдээлэл ба бичвэр
author-tab-coverage = Хамрах хүрээ
author-claims-here = Энэ эх бичвэрийн мэдэгдлүүд
author-claim-form = Мэдэгдлийн маягт

author-saved-claim = { $id } мэдэгдлийг хадгаллаа.
author-deleted-claim = Мэдэгдлийг устгалаа.
author-deleted-claim-id = { $id } мэдэгдлийг устгалаа.
author-undo-delete = Буцаах
author-restored-claim = { $id } мэдэгдлийг сэргээлээ.
author-saved-proposed = Санал болгосон мэдэгдлийг хадгаллаа.
author-saved-reading = { $id } эх бичвэрийг хадгаллаа.

## The reading text, where words are selected to make a claim.

author-make-claim = Мэдэгдэл үүсгэх
author-make-claim-help = Бичвэрээс үгсийг сонгоод мэдэгдэл болгоно уу. Тэмдэглэсэн хэсгийг аль хэдийн ишилсэн байна.
author-select-first = Эхлээд эх бичвэрээс хэдэн үг сонгоно уу.
author-quoted-by = Ишилсэн мэдэгдэл: { $id }

## The claim form. Labels and, in brackets after them, short hints.

author-claim = Мэдэгдэл
author-claim-title = Мэдэгдэл { $id }
author-new-claim = Шинэ мэдэгдэл
author-field-id = ID
author-field-quote = Ишлэл
author-hint-quote = эх бичвэрийн яг тэр үгс
author-field-prefix = Өмнөх үгс
author-hint-prefix = ишлэл хоёр удаа гарвал яг өмнөх үгс
author-field-suffix = Дараах үгс
author-hint-suffix = яг дараах үгс
author-field-text = Агуулга
author-hint-text = бие даасан нэг өгүүлбэр
author-field-answer = Хариулт
author-hint-answer = агуулгаас яг хуулсан үгс
author-field-question = Асуулт
author-field-typed = Бичиж хариулах картаар бас асуух
author-hint-typed = (хариулт нь зохиогчийн өөрийн үг бөгөөд суралцагч өөрөөр илэрхийлж болох бол тэмдэглэгээг арилгана уу)
author-field-kind = Төрөл
author-field-date = Огноо
author-hint-date = YYYY, YYYY-MM эсвэл YYYY-MM-DD
author-field-role = Үүрэг
author-hint-role = хариулт юу болох, жишээ нь mongolian-president; сонголтуудыг ижил үүрэгтэй хариултаас авна
author-field-event = Он дарааллын үйл явдал
author-hint-event = огноотой мэдэгдэлд: огноогүйгээр нь бичсэн үйл явдал
author-field-distractors = Буруу сонголтууд
author-hint-distractors = мөр тутамд нэг; автоматаар үүсгэснээс өмнө хэрэглэнэ; өөр эх сурвалжийн хувилбарыг бүү оруул
author-field-false = Худал өгүүлбэрүүд
author-hint-false = мөр тутамд нэг, үнэн/худал картад; бүх эх бичвэрт худал байх ёстой
author-field-tags = Шошго
author-hint-tags = таслалаар тусгаарлана
author-field-conflicts = Зөрчилдөх мэдэгдлүүд
author-hint-conflicts = мэдэгдлийн ID-г таслалаар тусгаарлана; хоёр тал нь хамт шинэчлэгдэнэ
author-problems-elsewhere = { $count ->
    [one] Багцын өөр хэсэгт { $count } асуудал байна
   *[other] Багцын өөр хэсэгт { $count } асуудал байна
  }
author-save = Хадгалах
author-delete = Устгах
author-discard = Хаях
author-close = Хаах
author-preview = Энэ мэдэгдлээс гарах картууд
author-preview-title = Картууд
author-checking = Шалгаж байна…
author-preview-none = Багцад асуудал байгаа үед карт гарахгүй.
author-preview-options = Сонголтууд: { $options }
author-preview-answer = Хариулт: { $answer }

author-kind-date = огноо
author-kind-number = тоо
author-kind-person = хүн
author-kind-place = газар
author-kind-organization = байгууллага
author-kind-event = үйл явдал
author-kind-relation = харилцаа
author-kind-cause = шалтгаан

author-card-cloze = нөхөх
author-card-qa = асуулт
author-card-multiple-choice = сонголттой
author-card-true-false = үнэн эсвэл худал
author-card-typed = бичиж хариулах
author-card-timeline = он дараалал
author-card-sources = хэн хэлсэн бэ
author-card-versions = хувилбарууд

## The reading's citation and text.

author-reading = Эх бичвэр
author-citation-title = Ном зүйн мэдээлэл ба бичвэр
author-field-title = Гарчиг
author-field-author = Зохиогч
author-field-publisher = Хэвлэгч
author-field-published = Хэвлэгдсэн огноо
author-field-url = Хаяг (URL)
author-field-body = Бичвэр
author-hint-body = нийтлэлээ буулгана уу; догол мөр хооронд хоосон мөр; Markdown зүүлтийг [^1] хэлбэрээр
author-save-reading = Эх бичвэр хадгалах

## Coverage: which sentences of the reading claims quote, and claims proposed for the rest.

author-coverage = Хамрах хүрээ
author-coverage-summary = { $sentences ->
    [one] { $sentences } өгүүлбэрээс { $covered } нь мэдэгдэлд ишлэгдсэн ({ $percent }).
   *[other] { $sentences } өгүүлбэрээс { $covered } нь мэдэгдэлд ишлэгдсэн ({ $percent }).
  }
author-candidates = Санал болгох мэдэгдлүүд
author-candidates-none = Ишлэгдээгүй өгүүлбэрүүдэд огноо, тоо, нэр алга.
author-reason-names-date = Огноо дурдсан
author-reason-names-year = Он дурдсан
author-reason-has-number = Тоо агуулсан
author-reason-names-someone = Хүн, газар эсвэл байгууллага дурдсан
author-candidate-detail = { $reason }: хариулт «{ $answer }», төрөл: { $kind }
author-candidate-detail-dated = { $reason }: хариулт «{ $answer }», төрөл: { $kind }, огноо: { $date }
author-accept = Батлах
author-edit = Засах
author-dismiss = Алгасах
author-uncovered = Хараахан ишлэгдээгүй
author-uncovered-none = Бүх өгүүлбэр мэдэгдэлд ишлэгдсэн байна.
