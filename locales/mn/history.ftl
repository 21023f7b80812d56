# Картын түүх: эх бичвэрийн мэдэгдлийн самбар эсвэл давтлагад хариулт харсны дараа нээгдэнэ.
history-title = Картын түүх
history-close = Хаах
history-loading = Картын түүхийг нээж байна…
history-open = Түүх
history-open-card = Энэ картын түүх ({ $kind })
history-reading = «{ $title }» эх бичвэрээс
history-memory-heading = Одоогийн санах ой
history-not-studied = Хараахан үзээгүй: хариулт ч, мартах муруй ч алга.
history-phase = Төлөв
history-recall-now = Одоо санах магадлал
history-due = Давтах хугацаа
history-stability = Тогтвортой байдал
history-days = { $days } хоног
history-difficulty = Хүндрэл (1–10)
history-answers-lapses-label = Хариултууд
history-answers-lapses = { $reps ->
        [one] 1 хариулт
       *[other] { $reps } хариулт
    }, { $lapses ->
        [one] 1 удаа мартсан
       *[other] { $lapses } удаа мартсан
    }
history-suspended = Түр хассан: сурахад оруулахгүй.
history-leech = Дахин дахин мартсан тул түр хассан.
history-curve-title = Мартах муруй
history-curve-note = Давтахгүй бол энэ картыг одооноос хойш санах магадлал. Давтлагад байгаа карт давтах хугацаандаа таны хүссэн санах хувьд ойртож буурна.
history-curve-series = Санах магадлал
history-curve-axis-days = Одооноос хойшх хоног
history-curve-days = { $days } хоногийн дараа
history-curve-recall = { $percent } санах магадлалтай
history-curve-target = Хүссэн санах хувь { $percent }
history-curve-target-name = Хүссэн санах хувь
history-curve-due-name = Давтах хугацаа
history-curve-none = Мартах муруй хараахан алга.
history-curve-summary-now = Одоо санах магадлал { $percent }.
history-curve-summary-due = Давтах хугацаанд, { $days } хоногийн дараа: { $percent }.
history-curve-summary-end = { $days } хоногийн дараа: { $percent }.
history-answers-heading = { $count ->
        [0] Хариулт хараахан алга
        [one] 1 хариулт
       *[other] { $count } хариулт
    }
history-col-when = Хэзээ
history-col-grade = Үнэлгээ
history-col-interval = Давтах завсар
history-col-stability = Тогтвортой байдал (хоног)
history-col-difficulty = Хүндрэл
history-col-recall = Тэр үеийн санах магадлал
history-from-quiz = сорил
