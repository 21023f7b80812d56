# The Decks view: the decks on this computer, making and forking decks, and deck files.

decks-title = Багцууд
decks-intro = Програмд багтсан багцыг зөвхөн уншина; өөрчлөх бол хуулбарыг нь үүсгээрэй. Таны багцууд өгөгдлийн хавтас доторх хавтаснууд бөгөөд тус бүр өөрийн ахицтай.
decks-active = Идэвхтэй
decks-builtin = Програмын
decks-version = хувилбар { $version }
decks-counts = { $readings ->
    [one] { $readings } эх бичвэр
   *[other] { $readings } эх бичвэр
  } · { $claims ->
    [one] { $claims } мэдэгдэл
   *[other] { $claims } мэдэгдэл
  } · { $cards ->
    [one] { $cards } карт
   *[other] { $cards } карт
  }
decks-problems = { $count ->
    [one] { $count } асуудал: суралцахын тулд багцаа засна уу
   *[other] { $count } асуудал: суралцахын тулд багцаа засна уу
  }
decks-studying = Суралцаж байна
decks-study = Энэ багцаар суралцах
decks-study-label = «{ $title }» багцаар суралцах
decks-fork = Хуулбарлаж засах
decks-edit = Засах
decks-edit-label = «{ $title }» багцыг засах
decks-delete = Устгах…
decks-delete-label = «{ $title }» багцыг устгах
decks-confirm-delete = Устгахыг батлах
decks-confirm-question = «{ $title }» багцыг хогийн сав руу зөөх үү?
decks-delete-confirm = Устгах
decks-keep = Үлдээх
decks-new = Шинэ хоосон багц
decks-fork-default-title = Миний багц
decks-fork-form = Хуулбар үүсгэх
decks-fork-heading = Програмын багцын хуулбар үүсгэх
decks-new-form = Шинэ багц
decks-field-title = Гарчиг
decks-field-id = ID
decks-hint-id = латин жижиг үсгээр, үгсийг зураасаар холбоно; хавтасны нэр болно
decks-fork-submit = Хуулбарлах
decks-create = Үүсгэх
decks-cancel = Болих

decks-forked = Програмын багцыг «{ $title }» нэрээр хуулбарлалаа.
decks-created = «{ $title }» багцыг үүсгэлээ.
decks-now-studying = Одоо «{ $title }» багцаар суралцаж байна.
decks-deleted = «{ $title }» багцыг хогийн савны хавтас руу зөөлөө.

## Deck files: export and import.

decks-files = Багцын файлууд
decks-files-intro = Суралцаж буй багцаа Anki эсвэл хүснэгт рүү гаргах, эсвэл файл болгон бусдад тараах боломжтой. Импортолсон багцууд таны багцын хавтсанд орно.
decks-export-steppe = .steppe болгон экспортлох
decks-export-apkg = .apkg (Anki) болгон экспортлох
decks-export-csv = .csv болгон экспортлох
decks-import = Багц импортлох…
decks-working = Ажиллаж байна
decks-exported = Хадгаллаа: { $path } ({ $size })
decks-imported = «{ $title }» багцыг ({ $version }) импортоллоо: { $added ->
    [one] { $added } мэдэгдэл нэмэгдсэн
   *[other] { $added } мэдэгдэл нэмэгдсэн
  }, { $removed } хасагдсан, { $changed } өөрчлөгдсөн.
decks-import-replaced = «{ $title }» багцыг ({ $version }) сольлоо: { $added ->
    [one] { $added } мэдэгдэл нэмэгдсэн
   *[other] { $added } мэдэгдэл нэмэгдсэн
  }, { $removed } хасагдсан, { $changed } өөрчлөгдсөн.
decks-import-updated = «{ $title }» багцыг шинэчиллээ ({ $previous } → { $version }): { $added ->
    [one] { $added } мэдэгдэл нэмэгдсэн
   *[other] { $added } мэдэгдэл нэмэгдсэн
  }, { $removed } хасагдсан, { $changed } өөрчлөгдсөн.
decks-import-changed = Өөрчлөгдсөн: { $ids }

## git репозиторид хадгалсан багц.
decks-git-heading = git-ээс нэмэх
decks-git-intro = Багш багцаа git репозиторид хадгалж болно. Түүний хаяг эсвэл энэ компьютер дээрх хавтсыг оруулна уу: юу ч суулгахаас өмнө агуулгыг нь харна, шинэчлэхэд таны ахиц бүхэлдээ хадгалагдана.
decks-git-url = Репозиторийн хаяг эсвэл хавтас
decks-git-url-hint = https://… эсвэл хавтас
decks-git-ref = Салбар эсвэл шошго
decks-git-ref-hint = заавал биш
decks-git-check = Репозиторийг шалгах
decks-git-reading = Репозиторийг уншиж байна
decks-git-found-new = «{ $title }» { $version } (коммит { $commit }): { $added ->
    [one] { $added } мэдэгдэл
   *[other] { $added } мэдэгдэл
  }.
decks-git-found-update = «{ $title }» багцыг { $previous }-оос { $version } болгон шинэчилж болно (коммит { $commit }): { $added ->
    [one] { $added } мэдэгдэл нэмэгдэнэ
   *[other] { $added } мэдэгдэл нэмэгдэнэ
  }, { $removed } хасагдана, { $changed } өөрчлөгдөнө.
decks-git-up-to-date = «{ $title }» хамгийн сүүлийн хувилбартай байна: { $version }, коммит { $commit }.
decks-git-added-list = Нэмэгдэх: { $ids }
decks-git-removed-list = Хасагдах: { $ids }
decks-git-changed-list = Өөрчлөгдөх: { $ids }
decks-git-before = Өмнө:
decks-git-after = Дараа:
decks-git-progress-kept = Үлдэх мэдэгдэл бүрийн таны ахиц хадгалагдана.
decks-git-diff-label = «{ $title }»-г суулгахад өөрчлөгдөх зүйлс
decks-git-install = Суулгах
decks-git-install-update = Шинэчлэлийг суулгах
decks-git-cancel = Болих
decks-git-close = Хаах
decks-git-added = «{ $title }» { $version } багцыг нэмлээ.
decks-git-updated = «{ $title }» багцыг { $version } болгон шинэчиллээ.
decks-git-update = Шинэчлэх
decks-git-update-label = «{ $title }» багцыг репозиториос нь шинэчлэх
decks-git-from = Эх: { $url }
decks-git-from-ref = Эх: { $url } ({ $reference })
