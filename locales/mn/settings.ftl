settings-language = Хэл
settings-language-system = Системийн хэлээр

settings-title = Тохиргоо

## Studying: these settings belong to the deck being studied.

settings-studying = Суралцах
settings-scope-study = Одоо суралцаж буй багцад хамаарна; багц бүр өөрийн тохиргоотой.
settings-retention = Зорилтот санах хувь
settings-retention-hint = Суралцсан зүйлээ дахин гарч ирэхэд хэр их санаж байхыг зорих вэ; өндөр байх тусам давтлага олширно.
settings-new-per-day = Өдөрт шинэ карт
settings-reviews-per-day = Өдөрт давтлага
settings-rollover = Өдөр эхлэх цаг
settings-new-per-day-missing = Өдөрт үзэх шинэ картын тоог бүхэл тоогоор оруулна уу.
settings-reviews-per-day-missing = Өдөрт давтах тоог бүхэл тоогоор оруулна уу.
settings-rollover-missing = Өдөр эхлэх цагийг бүхэл тоогоор оруулна уу.
# A row of the days of the week, each of which can be marked to get fewer reviews.
settings-easy-days = Хөнгөн өдрүүд
settings-easy-days-hint = Тэмдэглэсэн өдрүүдэд давтлага цөөн ногдоно; үлдсэнийг нь бусад өдрүүд авна. Давтлагыг өдөр бүрт ойролцоо тоотой байхаар тараана.
settings-easy-days-all = Бүх өдрийг хөнгөн болгох нь аль нэгийг нь ч тэмдэглээгүйтэй адил: давтлагыг зөвхөн хөнгөн өдрөөс бусад өдөр рүү шилжүүлдэг.

## Appearance: these settings are the same for every deck.

settings-appearance = Харагдах байдал
settings-scope-appearance = Бүх багцад хамаарна.
settings-theme = Өнгөний горим
settings-theme-system = Системийн адил
settings-theme-light = Цайвар
settings-theme-dark = Бараан
settings-text-size = Үсгийн хэмжээ
settings-save = Хадгалах
settings-saved = Хадгаллаа

## The scheduler, fitted to the student's own reviews.

settings-scheduler = Давтлагын хуваарь
settings-scheduler-hint = Хуваарийг өөрийн давтлагын түүхэнд тааруулж, давтах завсрыг таны санах чадварт нийцүүлнэ.
settings-optimize = Параметрийг оновчлох
settings-optimizing = Оновчилж байна
settings-optimized = Параметрийг шинэчиллээ

## Deck files live in the Decks view.

settings-deck-files = Багцын файлууд
settings-deck-files-hint = Экспортлох (.steppe, .apkg, .csv) болон импортлох нь «Багцууд» хэсэгт байна.
settings-open-decks = Багцуудыг нээх

## Backups of the study data.

settings-backups = Нөөц хуулбарууд
settings-backup-now = Одоо нөөцлөх
settings-backup-made = Нөөц хуулбар үүсгэлээ
settings-backup-restored = Нөөц хуулбараас сэргээлээ
settings-no-backups = Нөөц хуулбар хараахан алга.
settings-restore = Сэргээх
settings-restore-label = Сэргээх: { $name }
settings-restore-confirm = Суралцсан өгөгдлөө энэ нөөц хуулбараар солих уу? Одоогийн өгөгдөл тань өөр нөөц хуулбар болж хадгалагдана.

## The workload chart next to desired retention: simulated from the student's own cards.

settings-workload-title = Зорилтот санах хувь ба ачаалал
settings-workload-loading = Санах хувь бүрээр ирэх саруудын суралцахуйг загварчилж байна…
workload-axis-retention = Зорилтот санах хувь
workload-series-reviews = Өдрийн давтлага
workload-series-minutes = Өдрийн минут
workload-series-recall = Санасан карт
# The chosen retention, marked on the chart.
workload-chosen-name = Сонгосон
# Tooltip heading. $percent is a desired retention such as 90%.
workload-at = { $percent } үед
workload-reviews = { $count ->
    [one] Өдөрт { $count } давтлага
   *[other] Өдөрт { $count } давтлага
  }
workload-minutes = { $count ->
    [one] Өдөрт { $count } минут
   *[other] Өдөрт { $count } минут
  }
workload-recall = Картын { $percent }-ийг санана
# $percent: desired retention; $reviews, $minutes: per day on average; $recall: share remembered; $days: days simulated.
workload-summary = Зорилтот санах хувь { $percent } байхад: өдөрт ойролцоогоор { $reviews } давтлага, { $minutes ->
    [one] { $minutes } минут
   *[other] { $minutes } минут
  }, { $days } хоногийн дараа картынхаа { $recall }-ийг санана.
workload-own-times = Минутыг таны өөрийн хариулсан хугацаанаас тооцов ({ $count ->
    [one] хугацаа нь мэдэгдэх { $count } хариулт
   *[other] хугацаа нь мэдэгдэх { $count } хариулт
  }).
workload-default-times = Та илүү олон карт хариулах хүртэл минутыг ердийн хариулах хугацаагаар тооцно.
workload-none = Загварчлах карт одоогоор алга.
