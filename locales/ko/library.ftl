# The library: the deck, today's cards and its readings.

library-today = 오늘
library-new-off = 새 카드가 꺼져 있어요: 설정의 「하루 새 카드 수」가 0이에요. 이 값을 올리면 읽기 자료의 새 카드가 나와요.
library-new-limit-reached = 오늘의 새 카드 한도 { $limit }장을 채웠어요(설정의 「하루 새 카드 수」). 읽기 자료의 나머지 새 카드는 다음 날부터 나와요.
library-new-limit = 오늘은 하루 한도 { $limit }장 안에서 새 카드 { $count }장이 더 나와요(설정의 「하루 새 카드 수」). 읽기 자료의 나머지 새 카드는 다음 날부터 나와요.
library-study-now = 지금 학습
library-readings = 읽기 자료
library-progress = { $seen }개 학습함 · { $mastered }개 숙달함 · 진술 { $claims }개
library-progress-bar = 진술 { $claims }개 중 { $seen }개 학습함, { $mastered }개 숙달함
library-study = 학습
library-study-reading-label = 이 읽기 자료 학습: { $title }
library-quiz-reading = 이 읽기 자료로 퀴즈
library-quiz-reading-label = 이 읽기 자료로 퀴즈: { $title }
library-deck-language = 읽기 자료와 카드 언어: { $language }
