# The review screen: one card at a time, its answer, its source and the four grades; also the
# list of suspended cards in the library.

## Around the card

review-card = Карт
review-studying = Давтаж буй эх бичвэр: { $title }
review-study-everything = Бүгдийг давтах
review-undo = Сүүлийн хариултыг буцаах
review-suspend = Картыг түр хасах
review-loading = Дараагийн картыг хайж байна…
review-undid = Буцаалаа: { $prompt }
review-nothing-to-undo = Буцаах хариулт алга
review-card-suspended = Картыг түр хаслаа
review-fork-to-edit = Мэдэгдлийг засахын тулд эхлээд багцын өөрийн хуулбарыг үүсгэнэ үү

## The grades

review-grades-label = Хэр сайн санасан бэ?
review-grade-again = Дахин
review-grade-hard = Хэцүү
review-grade-good = Сайн
review-grade-easy = Амархан
review-grade-suggested = Санал болгосон

## Today's counts and progress

review-counts-label = Өнөөдөр давтах картууд
review-count-new = { $count } шинэ
review-count-learning = { $count } сурч буй
# Short for "давтах хугацаа болсон".
review-count-due = { $count } давтах
review-session-label = Өнөөдрийн давтлага
review-session-count = { $done } хариулсан · { $left } үлдсэн
review-session-done = Өнөөдөр { $done } хариулсан, { $left } карт үлдсэн

## Nothing left to review

review-done-heading = Бүгдийг давтаж дууслаа
review-done-nothing-due = Одоогоор давтах хугацаа болсон карт алга.
review-done-reviewed-today =
    { $count ->
        [0] Өнөөдөр хараахан карт давтаагүй байна.
        [one] Өнөөдөр нэг карт давтлаа.
       *[other] Өнөөдөр { $count } карт давтлаа.
    }
review-done-next-due = Дараагийн картын давтах хугацаа { $when } болно.
review-back-to-library = Номын сан руу буцах

## The source of the answer, and readings that say otherwise

review-source = Эх сурвалж
review-source-from = Эх бичвэр: { $title }
review-open-source = Эх бичвэрт нээх
review-quote = «{ $quote }»
review-sources-differ = Эх сурвалжууд зөрнө
review-editor-note = Редакторын тайлбар: { $note }
review-conflict-says = { $reading } бичсэнээр: { $says }
review-conflict-from = { $reading } бичсэнээр
review-open-conflict = Тэр эх бичвэрт нээх
review-open-conflict-named = Эх бичвэрт нээх: { $title }

## Suspended cards (in the library)

review-suspended-heading = Түр хассан картууд ({ $count })
review-suspended-hint = Эдгээр картыг давтлагаас түр хассан. Гацсан карт гэдэг нь дахин дахин мартагдсан карт юм. Буцааж оруулахаасаа өмнө агуулгыг нь өөрийнхөөрөө томьёолж бодох, эсвэл эх сурвалжийг нь дахин унших нь ихэвчлэн тусалдаг.
review-leech =
    { $count ->
        [one] Гацсан карт, нэг удаа мартсан
       *[other] Гацсан карт, { $count } удаа мартсан
    }
review-unsuspend = Сэргээх
review-unsuspend-named = Давтлагад буцааж оруулах: { $prompt }
review-suspended-back = Давтлагад буцаж орлоо: { $prompt }
# After a lapse (a card in review answered Again): the paragraph of its quote, to read again.
review-reread-heading = Дахин уншъя
review-reread-note = Та үүнийг мартжээ. Энэ нь «{ $title }» эх бичвэрийн доорх догол мөрөөс гаралтай.
review-reread-continue = Дараагийн карт
review-reread-open = Эх бичвэрт нээх
