# The library: the deck, today's cards and its readings.

library-today = 오늘
library-study-now = 지금 학습
library-readings = 읽기 자료
library-progress = { $seen }개 학습함 · { $mastered }개 숙달함 · 진술 { $claims }개
library-progress-bar = 진술 { $claims }개 중 { $seen }개 학습함, { $mastered }개 숙달함
library-study = 학습
library-study-reading-label = 이 읽기 자료 학습: { $title }
library-quiz-reading = 이 읽기 자료로 퀴즈
library-quiz-reading-label = 이 읽기 자료로 퀴즈: { $title }
