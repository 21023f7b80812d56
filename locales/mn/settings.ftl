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
