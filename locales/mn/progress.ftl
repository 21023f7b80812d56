# The progress view: the student's key numbers and five charts of their study.

progress-title = Ахиц

## The four numbers at the top.

progress-stat-reviews-today = Өнөөдрийн давтлага
progress-stat-reviews-total = Нийт давтлага
progress-stat-due-today = Өнөөдөр давтах
progress-stat-leeches = Байнга мартдаг карт

## Reviews per day.

progress-heatmap-heading = Өдөр бүрийн давтлага
progress-heatmap-empty = Одоогоор давтлага алга. Хэдэн карт судлаад үзээрэй, таны давтлагын түүх энд гарч ирнэ.
progress-study-now = Одоо судлах
progress-heatmap-count = { $count } удаа давтсан
progress-heatmap-more = Их
progress-heatmap-fewer = Бага
progress-heatmap-series = Давтлага
progress-heatmap-summary = Сүүлийн нэг жилийн өдөр бүрийн давтлага: { $days ->
        [one] нэг өдөрт
       *[other] { $days } өдөрт
    } нийт { $total ->
        [one] нэг удаа
       *[other] { $total } удаа
    } давтсан.
progress-heatmap-summary-busiest = Хамгийн их давтсан өдөр бол { $date }, тэр өдөр { $count ->
        [one] нэг удаа
       *[other] { $count } удаа
    } давтсан.
progress-heatmap-summary-today = Өнөөдөр { $count ->
        [one] нэг удаа
       *[other] { $count } удаа
    } давтсан.

## Due forecast.

progress-forecast-heading = Ойрын { $days } хоногт давтах
progress-forecast-note = Өдөр бүр давтах хугацаа нь болох картын тоо. Өнөөдрийнхөд хугацаа хэтэрсэн картууд ч орсон.
progress-forecast-empty = Одоогоор төлөвлөсөн давтлага алга. Судалсан картууд тань давтах хугацаа нь болсон өдөр энд гарч ирнэ.
progress-forecast-today = Өнөөдөр
progress-forecast-today-overdue = Өнөөдөр (хугацаа хэтэрсэн картуудтай)
progress-forecast-count = { $count } карт давтах
progress-forecast-series = Давтах
progress-forecast-summary = Ойрын { $days } хоногт давтах карт: нийт { $total }, үүнээс өнөөдөр { $today } (хугацаа хэтэрсэн нь орсон).
progress-forecast-summary-busiest = Хамгийн олон карттай өдөр бол { $date }, тэр өдөр { $count ->
        [one] нэг карт
       *[other] { $count } карт
    } давтана.

## Card states.

progress-states-heading = Картын төлөв
progress-states-note = Түр хассан картууд мөн өөрийн төлөвтөө тоологдоно.
progress-states-empty = Одоогоор карт алга. Багцын картууд энд шинэ, сурч буй, давтлага, түр хассан гэж ангилагдан гарч ирнэ.
progress-state-new = Шинэ
progress-state-learning = Сурч буй
progress-state-review = Давтлага
progress-state-suspended = Түр хассан
progress-states-count = { $count } карт
progress-states-series = Карт
progress-states-summary = Картын төлөв: шинэ { $new }, сурч буй { $learning }, давтлагад { $review }, түр хассан { $suspended }.

## True retention per week.

progress-retention-heading = Долоо хоног бүрийн бодит санах хувь
progress-retention-note = Сурсан картуудаа давтахдаа санаж чадсан хувь. Таны зорилтот санах хувь: { $percent }.
progress-retention-empty = Одоогоор харуулах санах хувь алга. Сурсан картууд тань давтлагад эргэн ирэхэд энд гарч ирнэ.
progress-retention-week = Долоо хоногийн эхлэл: { $date }
progress-retention-recalled = { $percent } санасан ({ $reviews } давтлагын { $recalled } нь)
progress-retention-series = Бодит санах хувь
progress-retention-target-name = Зорилт
progress-retention-target = Зорилт { $percent }
progress-retention-summary-none = Долоо хоног бүрийн бодит санах хувь: сурсан картын давтлага одоогоор алга; зорилт { $target }.
progress-retention-summary = Давтлагатай { $weeks ->
        [one] нэг долоо хоногийн
       *[other] { $weeks } долоо хоногийн
    } бодит санах хувь: сүүлийн долоо хоногт (эхлэл нь { $date }) { $latest }, { $reviews } давтлагын { $recalled } нь санасан; нийтдээ { $overall }; зорилт { $target }.

## Mastery per reading.

progress-mastery-heading = Эх бичвэр тус бүрийн эзэмшилт
progress-mastery-note = Багана бүр нэг эх бичвэрийн мэдэгдлүүдийг харуулна. Мэдэгдлийн нэг ч картыг судалсан бол «үзсэн», гурав ба түүнээс дээш долоо хоног санаж байвал «эзэмшсэн» болно.
progress-mastery-empty = Одоогоор судалсан мэдэгдэл алга. Эх бичвэрийн картуудыг судлах тусам мэдэгдлүүд нь энд эхлээд «үзсэн», дараа нь «эзэмшсэн» гэж гарч ирнэ.
progress-mastery-mastered = Эзэмшсэн
progress-mastery-seen = Үзсэн
progress-mastery-not-seen = Үзээгүй
progress-mastery-count = { $claims } мэдэгдлээс { $mastered } нь эзэмшсэн, { $seen } нь үзсэн
progress-mastery-summary = Эх бичвэр тус бүрийн эзэмшилт.
progress-mastery-summary-reading = { $title }: { $claims } мэдэгдлээс { $seen } нь үзсэн, { $mastered } нь эзэмшсэн.
