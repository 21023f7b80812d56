# The library: the deck, today's cards and its readings.

library-today = Өнөөдөр
library-study-now = Одоо суралцах
library-readings = Эх бичвэрүүд
library-progress = { $seen } үзсэн · { $mastered } эзэмшсэн · { $claims } мэдэгдэл
library-progress-bar = Нийт { $claims } мэдэгдэл: үзсэн { $seen }, эзэмшсэн { $mastered }
library-study = Суралцах
library-study-reading-label = Энэ эх бичвэрээр суралцах: { $title }
library-quiz-reading = Энэ эх бичвэрээр сорил өгөх
library-quiz-reading-label = Энэ эх бичвэрээр сорил өгөх: { $title }
