# The frame around every view: the top bar and shared formats.

app-name = Steppe
nav-main = 주 메뉴
nav-library = 서재
nav-review = 복습
nav-quiz = 퀴즈
nav-progress = 진도
nav-browse = 찾아보기
nav-decks = 덱
nav-author = 만들기
nav-settings = 설정

due-today = 오늘 { $time }
due-tomorrow = 내일 { $time }
due-on = { $date } { $time }

size-bytes = { $n } B
size-kilobytes = { $n } KB
size-megabytes = { $n } MB
