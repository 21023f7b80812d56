# The frame around every view: the top bar and shared formats.

app-name = Steppe
nav-main = Үндсэн цэс
nav-library = Номын сан
nav-review = Давтлага
nav-quiz = Сорил
nav-progress = Ахиц
nav-browse = Хайлт
nav-decks = Багцууд
nav-author = Зохиох
nav-settings = Тохиргоо

due-today = өнөөдөр { $time } цагт
due-tomorrow = маргааш { $time } цагт
due-on = { $date }, { $time } цагт

size-bytes = { $n } Б
size-kilobytes = { $n } КБ
size-megabytes = { $n } МБ
