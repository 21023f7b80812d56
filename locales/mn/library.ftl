# The library: the deck, today's cards and its readings.

library-today = Өнөөдөр
library-new-off = Шинэ карт унтраалттай байна: Тохиргоонд «Өдөрт шинэ карт» 0 байна. Эх бичвэрүүдийн шинэ картууд үүнийг нэмэгдүүлтэл хүлээнэ.
library-new-limit-reached = Та өнөөдрийн { $limit } шинэ картын хязгаарт хүрлээ (Тохиргоо, «Өдөрт шинэ карт»). Эх бичвэрүүдийн бусад шинэ карт дараагийн өдрүүдэд ирнэ.
library-new-limit = Өнөөдөр өдрийн { $limit } картын хязгаар дотор дахиад { $count } шинэ карт нэмэгдэнэ (Тохиргоо, «Өдөрт шинэ карт»). Эх бичвэрүүдийн бусад шинэ карт дараагийн өдрүүдэд ирнэ.
library-study-now = Одоо суралцах
library-readings = Эх бичвэрүүд
library-progress = { $seen } үзсэн · { $mastered } эзэмшсэн · { $claims } мэдэгдэл
library-progress-bar = Нийт { $claims } мэдэгдэл: үзсэн { $seen }, эзэмшсэн { $mastered }
library-study = Суралцах
library-study-reading-label = Энэ эх бичвэрээр суралцах: { $title }
library-quiz-reading = Энэ эх бичвэрээр сорил өгөх
library-quiz-reading-label = Энэ эх бичвэрээр сорил өгөх: { $title }
library-deck-language = Эх бичвэр, картын хэл: { $language }
