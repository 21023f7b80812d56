# The quiz: a one-off test, set up, asked one question at a time, then scored.

## Setup

quiz-setup-title = Сорил
quiz-setup-intro = Төрөл бүрийн асуултад нэг нэгээр нь хариулж өөрийгөө шалгаарай. Буруу хариулсан асуултууд давтлагад дахин гарна.
quiz-setup-scope = Сорилын хүрээ
quiz-setup-scope-all = Бүх эх бичвэр
quiz-setup-scope-reading = Нэг эх бичвэр
quiz-setup-scope-weak = Сул картууд
quiz-setup-scope-weak-hint = саяхан алдсан эсвэл мартаж магадгүй картууд
quiz-setup-scope-tag = Нэг шошго
quiz-setup-reading = Эх бичвэр
quiz-setup-tag = Шошго
quiz-setup-readings-loading = Эх бичвэрүүдийг ачаалж байна…
quiz-setup-readings-failed = Эх бичвэрүүдийг ачаалж чадсангүй
quiz-setup-tags-loading = Шошгуудыг ачаалж байна…
quiz-setup-tag-option = { $tag } ({ $count } мэдэгдэл)
quiz-setup-length = Асуултын тоо
quiz-setup-readings-error = Эх бичвэрүүдийг ачаалж чадсангүй ({ $error }). Бусад сонголт ажиллана.
quiz-setup-start = Сорил эхлүүлэх
quiz-setup-starting = Эхлүүлж байна…
quiz-setup-print = Хариултын түлхүүртэй хэвлэх
quiz-setup-printing = Хэвлэж байна…
quiz-setup-printed = { $count ->
    [one] 1 асуулт
   *[other] { $count } асуулт
} болон хариултын түлхүүрийг { $path } руу хадгаллаа
quiz-setup-print-failed = Сорилыг хэвлэж чадсангүй: { $error }

## A quiz left unfinished when the app was closed.

quiz-resume-title = Дуусаагүй сорил
quiz-resume-all = Бүх эх бичвэрийн сорил тань { $total } асуултаас { $answered } асуултад хариулсны дараа зогссон байна.
quiz-resume-weak = Сул картуудын сорил тань { $total } асуултаас { $answered } асуултад хариулсны дараа зогссон байна.
quiz-resume-tag = «{ $tag }» шошгын сорил тань { $total } асуултаас { $answered } асуултад хариулсны дараа зогссон байна.
quiz-resume-reading = «{ $title }» эх бичвэрийн сорил тань { $total } асуултаас { $answered } асуултад хариулсны дараа зогссон байна.
quiz-resume-one-reading = Нэг эх бичвэрийн сорил тань { $total } асуултаас { $answered } асуултад хариулсны дараа зогссон байна.
quiz-resume-go = Үргэлжлүүлэх
quiz-resume-abandon = Орхих

## Asking

quiz-position = { $number }-р асуулт, нийт { $total }
quiz-finish-early = Одоо дуусгах
quiz-progress = Сорилын явц
quiz-progress-value = { $total } асуултаас { $answered } нь хариулагдсан
quiz-next = Дараагийн асуулт
quiz-see-results = Дүнг харах
quiz-kind-timeline = Эртнээс нь эхлэн дараалуулах
quiz-choices-true-false = Үнэн эсвэл худал
quiz-choices-readings = Эх бичвэрүүд
quiz-choices-options = Сонголтууд

## Feedback after each answer

quiz-verdict-exact = Зөв.
quiz-verdict-close = Бараг зөв — зөвд тооцно.
quiz-verdict-wrong = Буруу.
quiz-wrong-logged = Энэ асуулт давтлагад дахин гарна.
quiz-answer = Хариулт
quiz-right-answer = Зөв хариулт
quiz-source-from = Эх сурвалж: { $title }

## Results

quiz-results-title = Сорилын дүн
quiz-results-score = { $score } / { $total }
quiz-results-right = зөв
quiz-results-close-counts = Бараг зөв хариултыг зөвд тооцсон.
quiz-results-unanswered = { $count ->
    [one] Нэг асуултад хариулаагүй.
   *[other] { $count } асуултад хариулаагүй.
}
quiz-results-wrong-logged = { $count ->
    [one] Буруу хариултыг «Дахин» гэж тэмдэглэсэн тул давтлагад гарна.
   *[other] Буруу хариултуудыг «Дахин» гэж тэмдэглэсэн тул давтлагад гарна.
}
quiz-results-review = Одоо давтах
quiz-results-new = Шинэ сорил
quiz-results-missed = Алдсан ({ $count })
quiz-results-question = { $number }-р асуулт
quiz-results-given = Таны хариулт
quiz-results-correct = Зөв хариулт
quiz-results-not-answered = хариулаагүй
quiz-results-perfect = Алдаа алга — бүх хариулт зөв байлаа.
