# Class reports: a student's progress report to hand in (Progress view), and an instructor's
# view of a class from the reports handed in (Decks view).

## The student's side

report-export-heading = 선생님께 제출할 진도 보고서
report-export-hint = 이 덱에서 답한 내용을 진술별로 파일에 저장해서 제출할 수 있어요. 보고서에는 무작위 ID가 들어가며, 이 컴퓨터에서 만든 보고서에는 모두 같은 ID가 들어가요. 이름은 아래에 입력한 경우에만 들어가요.
report-export-name = 이름
report-export-name-hint = 선택 사항
report-export-button = 진도 보고서 내보내기…
report-export-dialog-title = 진도 보고서 저장
# The kind of file in the open and save dialogs.
report-file-filter = Steppe 진도 보고서
# $file: the file's name; $claims: the claims with answers written to it.
report-exported = { $file }에 저장했어요. 진술 { $claims }개에 대한 답이 들어 있어요.

## The instructor's side

report-class-heading = 학급 보고서
report-class-hint = 학생들이 여기서 학습하는 덱에 대해 제출한 진도 보고서를 열어요. 학생마다 한 번만 세며, 같은 학생의 새 보고서가 이전 보고서를 대신해요.
report-class-open = 학생 보고서 열기…
report-class-open-title = 학생 진도 보고서 열기
report-working = 처리 중…
# $students: the students whose reports were read; $deck: the deck's title.
report-class-summary = “{ $deck }” 덱에 대한 학생 { $students }명의 보고서를 읽었어요.
report-class-none = “{ $deck }” 덱에 대한 보고서를 하나도 읽지 못했어요.
report-skipped-heading = 건너뛴 파일 { $count }개
report-skip-unreadable = { $file }을(를) 읽을 수 없어요({ $detail }).
# $size: the file's size, written out (“3.2 MB”).
report-skip-too-large = { $file }은(는) 진도 보고서로는 너무 커요({ $size }).
report-skip-not-a-report = { $file }은(는) Steppe 진도 보고서가 아니에요({ $detail }).
report-skip-no-format = { $file }은(는) Steppe 진도 보고서가 아니에요("format": "steppe-progress-report"이(가) 없어요).
report-skip-version = { $file }은(는) 버전 { $found }의 진도 보고서라 이 Steppe에서 읽을 수 없어요. Steppe를 업데이트하세요.
report-skip-other-deck = { $file }은(는) { $expected } 덱이 아니라 { $found } 덱에 대한 보고서예요.
report-skip-bad-student = { $file }에 학생 ID가 없거나 64자보다 길어요.
report-skip-bad-name = { $file }의 이름이 80자보다 길거나 제어 문자가 들어 있어요.
report-skip-claim-twice = { $file }에 진술 { $claim }이(가) 두 번 들어 있어요.
report-skip-more-recalled = { $file }에서 진술 { $claim }의 기억한 답이 전체 답보다 많아요.

report-students-heading = 학생
report-col-student = 학생
report-col-claims-seen = 학습한 진술
report-col-answers = 답
# The share of answers recalled (not Again).
report-col-recall = 기억률
report-col-reading = 읽기 자료
report-col-shade = 학급 기준으로 칠한 읽기 자료
# Opens the reading with each paragraph shaded by how often the class recalled its claims.
report-shade-reading = 학급 기준으로 칠해서 열기
# A student who typed no name, shown by the report's random id.
report-student-anonymous = 익명({ $id })
report-not-answered = 아직 답 없음

report-missed-heading = 가장 많이 틀린 진술
report-missed-note = 답이 { $min }개 이상인 진술을 기억률이 낮은 순서로 보여 줘요.
report-missed-empty = 답이 { $min }개 이상인 진술 중 아직 틀린 진술이 없어요.
# $recall: a percentage (“40%”).
report-recalled = { $recall } 기억
report-claim-figures = 학생 { $students }명, 답 { $answers }개 · { $claim }

report-disputes-heading = 출처마다 다름
report-disputes-note = 각 견해를 읽기 자료에 나온 그대로 보여 주고, 학급이 얼마나 기억했는지 함께 보여 줘요. 모든 견해에 출처를 밝혔고, 어느 것도 틀렸다고 표시하지 않아요.
report-version-says = “{ $says }”
report-version-recall = 답 { $answers }개 중 { $recall } 기억

report-readings-heading = 읽기 자료
report-series-seen = 학습한 진술
report-series-recall = 기억한 답
# $seen of $claims claims seen ($percent: the same as a percentage).
report-seen-of = { $claims }개 중 { $seen }개({ $percent })
report-readings-chart = 읽기 자료별로, 학생이 한 명이라도 학습한 진술의 비율과 기억한 답의 비율이에요.
report-reading-summary = { $title }: 진술 { $claims }개 중 { $seen }개 학습, 답의 { $recall } 기억.
report-reading-summary-unanswered = { $title }: 진술 { $claims }개 중 { $seen }개 학습, 아직 답 없음.
report-unknown-claims = 보고서의 진술 { $count }개는 더 이상 덱에 없어서(덱의 이전 버전) 제외했어요.

report-csv-button = CSV로 저장…
report-csv-dialog-title = 학급 표 저장
report-csv-filter = 쉼표로 구분한 표
# $claims: the rows written, one per claim of the deck.
report-csv-saved = { $file }에 저장했어요. 진술마다 한 줄씩 들어 있어요(진술 { $claims }개).
