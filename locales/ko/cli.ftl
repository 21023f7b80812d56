cli-check-ok = 정상: `{ $deck }`: 읽기 자료 { $readings }개, 진술 { $claims }개, 카드 { $cards }장
cli-deck-has-problems = `{ $file }`의 덱에 문제가 있어요
cli-many-problems = 덱에 문제가 { $total }개 있어요. 처음 { $shown }개를 보여 주고, 나머지는 { $more }
cli-more-by-rule = `{ $rule }` { $count }개 더
cli-deck-problems = 덱에 문제가 { $count }개 있어요
cli-lint-findings = 덱의 카드에 고칠 점이 { $count }개 있어요
cli-lint-help = 고치거나, 유효성만 검사하려면 `steppe check --no-lint`를 실행하세요
cli-here = 여기
cli-writing = { $path } 쓰는 중
cli-importing = { $path } 가져오는 중
cli-optimising = 최적화 중
cli-wrote = { $path } 저장함 ({ $bytes }바이트)
cli-wrote-with-progress = { $path } 저장함 ({ $bytes }바이트, 학습 진도 포함)
cli-cannot-write = `{ $path }`에 쓸 수 없어요: { $reason }
cli-binary-needs-out = .{ $extension } 파일은 바이너리예요. --out FILE로 저장할 곳을 지정하세요
cli-progress-needs-apkg = --with-progress는 --format apkg에서만 쓸 수 있어요
cli-opened = 덱 `{ $deck }` { $version }, 학습 데이터: { $folder }
cli-imported = `{ $deck }` { $version } ({ $title })을(를) { $folder }에 가져왔어요
cli-updated = `{ $deck }` ({ $title })을(를) { $old }에서 { $version }(으)로 업데이트했어요: { $folder }
cli-replaced = `{ $deck }` { $version } ({ $title })을(를) 같은 버전으로 교체했어요: { $folder }
cli-claims-changed = 진술: { $added }개 추가, { $removed }개 삭제, { $changed }개 변경
cli-claims-added = 추가: { $ids }
cli-claims-removed = 삭제: { $ids }
cli-claims-changed-ids = 변경: { $ids }
cli-backup-written = 백업 저장함: { $path }
cli-no-backups = { $folder }에 백업이 없어요
cli-backup-line = { $name }	{ $bytes }바이트
cli-restored = { $name }을(를) 복원했어요. 대체된 데이터는 `before-restore` 백업으로 보관했어요
cli-new-parameters = 새 FSRS 매개변수 (지금부터 사용):
cli-stats-database = 데이터베이스: { $path }
cli-stats-cards = 카드:    { $cards }장 (새 카드 { $new }, 학습 중 { $learning }, 복습 { $review })
cli-stats-due = 지금 할 것:  새 카드 { $new }, 학습 중 { $learning }, 복습 { $review }
cli-stats-reviews = 복습 기록:  오늘 { $today }회, 전체 { $total }회
cli-bad-time = --now `{ $time }`은(는) RFC 3339 시각이 아니에요: { $reason }
cli-synth-wrote = { $folder } 저장함: 진술 { $claims }개, 카드 { $cards }장; 카드 { $studied }장에 복습 { $reviews }회 (+보관 { $archived }장)
# steppe card ID: 카드 한 장의 기록.
cli-card-heading = 카드 `{ $card }` ({ $kind }): { $prompt }
cli-card-claim = 진술 `{ $claim }`: { $text }
cli-card-quote = 「{ $reading }」의 인용문: { $quote }
cli-card-not-studied = 아직 공부하지 않았어요: 답한 기록도 망각 곡선도 없어요
cli-card-memory = 지금 기억 상태: { $phase }, 안정성 { $stability }일, 난이도 { $difficulty }, 기억할 확률 { $recall }
cli-card-due = 복습할 차례: { $due } (목표 기억 유지율 { $retention })
cli-card-counts = 답 { $reps }회, 잊음 { $lapses }회
cli-card-suspended = 보류됨
cli-card-leech = 자꾸 잊어서 보류됨
cli-card-answers = 답한 기록 (시각, 평가, 답하기 전 단계, 받은 간격, 답한 뒤 안정성과 난이도, 그때 기억할 확률):
cli-card-answer = { $at }  { $rating }  { $phase }  { $interval }  안정성 { $stability }  난이도 { $difficulty }  기억 { $recall }
cli-card-quiz = (퀴즈)
cli-card-curve = 망각 곡선 (지금부터 얼마 뒤: 기억할 확률):
cli-card-curve-point = { $when } 뒤: { $recall }
cli-card-curve-due = { $when } 뒤: { $recall } (복습할 차례)
cli-card-curve-now = 지금: { $recall }
cli-phase-new = 새 카드
cli-phase-learning = 학습 중
cli-phase-review = 복습
cli-phase-relearning = 다시 학습 중
cli-rating-again = 다시
cli-rating-hard = 어려움
cli-rating-good = 좋음
cli-rating-easy = 쉬움
cli-interval-minutes = { $count }분
cli-interval-hours = { $count }시간
cli-interval-days = { $count }일
cli-quiz-printed = { $path }에 썼어요: 문제 { $count }개와 정답표, 시드 { $seed }
print-title = 퀴즈: { $deck }
print-answer-key = 정답표: { $deck }
print-about = 덱 `{ $id }` { $version } · 시드 { $seed } · 인쇄일 { $date }
print-scope-all = 모든 읽기 자료
print-scope-reading = 읽기 자료: { $title }
print-scope-tag = 태그: { $tag }
print-scope-weak = 취약한 카드
print-count = 문제 { $count }개
print-name = 이름:
print-choose-one = 하나를 고르세요.
print-choose-reading = 어느 읽기 자료의 내용일까요? 하나를 고르세요.
print-true-or-false = 참일까요, 거짓일까요?
print-fill-blank = 빈칸을 채우세요.
print-write-answer = 답을 쓰세요.
print-order = 순서:
print-source = 출처: { $citation }
print-footer = { $deck } · 시드 { $seed } · { $pages }쪽 중 { $page }쪽
print-true = 참
print-false = 거짓
print-save-title = 퀴즈 인쇄
print-pdf-filter = PDF 문서
# 덱을 내보내고 가져오는 앱의 대화상자.
exchange-export-title = 덱 내보내기
exchange-import-title = 덱 가져오기
exchange-filter-steppe = Steppe 덱 패키지
exchange-filter-apkg = Anki 패키지
exchange-filter-csv = Anki 텍스트(쉼표로 구분)
exchange-filter-json = JSON
exchange-filter-import = Steppe 덱 패키지 또는 Anki 텍스트

## steppe plan: 시험 계획.
cli-plan-saved = 시험 계획 `{ $name }`을(를) 저장했어요. 시험일은 { $date }이에요.
cli-plan-scope = 공부할 날이 { $days }일 남았어요. 계획에 든 카드는 { $cards }장이고, 그중 { $new }장은 아직 공부하지 않았어요.
cli-plan-daily = 하루에 약 { $minutes }분, 복습 { $reviews }번, 새 카드 { $new }장이에요.
cli-plan-times-own = 내 답변 시간으로 계산한 시간이에요(시간을 잰 답변 { $answers }개).
cli-plan-times-default = 보통의 답변 시간으로 계산한 시간이에요. 시간을 잰 답변이 200개가 되면 내 시간을 써요(지금 { $answers }개).
cli-plan-recall = 시험일에 예상되는 기억률: { $recall }%(목표 { $target }%).
cli-plan-reachable = 목표에 닿을 수 있어요.
cli-plan-not-reachable = 이 날짜까지는 목표에 닿을 수 없어요. 약 { $recall }%까지 가능해요.
cli-plan-later-date = 시험일이 { $date }이면 목표에 닿을 수 있어요.
cli-plan-more-minutes = 하루에 약 { $minutes }분을 공부하면 이 날짜까지 닿을 수 있어요.
cli-plan-retention = 목표 기억 유지율을 { $retention }%로 하면 닿을 수 있어요. 하루에 약 { $minutes }분이 들어요.
cli-plan-out-of-reach = 앞으로 반년 안의 어떤 날짜로도, 어떤 목표 기억 유지율로도 닿을 수 없어요. 범위를 줄이거나 목표를 낮추면 돼요.
cli-plan-exam-passed = 시험일이 오늘이거나 지났어요. 공부할 날이 남지 않았어요.
cli-plan-empty = 이 계획에 든 공부 중인 카드가 없어요.
cli-plan-none = 시험 계획이 아직 없어요. `steppe plan create --name 이름 --date YYYY-MM-DD --target 0.9`로 만들 수 있어요.
cli-plan-heading = 시험 계획 `{ $name }`: 시험일 { $date }({ $scope })
cli-plan-scope-all = 모든 카드
cli-plan-scope-reading = 읽기 자료 `{ $reading }`
cli-plan-scope-tag = 태그 `{ $tag }`
cli-plan-day = { $date }: 복습 { $planned_reviews }번 중 { $done_reviews }번, 새 카드 { $planned_new }장 중 { $done_new }장
cli-plan-dropped = 시험 계획 `{ $name }`을(를) 지웠어요. 카드 기록은 그대로이고, 다음 답변부터 보통 간격으로 돌아가요.

# steppe search QUERY: 검색어에 맞는 카드.
cli-search-found = 진술 { $claims }개의 카드 { $cards }장이 맞아요 (덱 전체 카드 { $all }장).
cli-search-more = … { $total }장 중 { $shown }장을 보여 줬어요. 더 보려면 --limit를 쓰세요.
cli-search-col-card = 카드
cli-search-col-state = 상태
cli-search-col-due = 복습일
cli-search-col-lapses = 잊음
cli-search-col-recall = 기억
cli-search-col-text = 질문
cli-search-suspended = 보류됨
cli-search-bad-query = 검색어를 { $column }번째 칸에서 읽을 수 없어요: { $problem }.
cli-search-expected-term = 여기에 검색할 말이 없어요
cli-search-unclosed-quote = 이 따옴표가 닫히지 않았어요
cli-search-unclosed-paren = 이 괄호가 닫히지 않았어요
cli-search-unexpected-paren = 이 `)`는 닫을 괄호가 없어요
cli-search-unknown-field = `{ $field }:`라는 항목은 없어요 (tag, reading, kind, is, claim, card, prop 중에서 쓰세요)
cli-search-expected-value = `{ $field }:` 뒤에 값을 쓰세요
cli-search-unknown-state = `is:{ $state }`라는 상태는 없어요 (due, new, learning, review, suspended, leech, disputed 중에서 쓰세요)
cli-search-unknown-kind = `{ $kind }`라는 종류는 없어요 ({ $kinds } 중에서 쓰세요)
cli-search-expected-comparison = r<0.8, lapses>2, due<7 같은 비교를 쓰세요
cli-search-bad-whole = `{ $field }`는 정수와 비교해요
cli-search-bad-probability = `{ $field }`는 0에서 1 사이의 수와 비교해요
cli-search-too-deep = 괄호가 너무 깊게 겹쳐 있어요

# steppe sync: progress on several devices through a folder another tool keeps in sync.
cli-sync-done = 다른 기기 { $devices }대와 동기화했어요: 새 답 { $answers }개, 되돌린 답 { $undone }개, 보류하거나 되살린 카드 { $flags }장, 받은 설정 변경 { $settings }건. 카드 { $cards }장이 바뀌었어요.
cli-sync-exported = 진도 기록 { $events }건을 { $path }에 저장했어요. 다른 컴퓨터에서 이 파일로 `steppe sync --import`를 실행하세요.
cli-sync-no-folder = 동기화 폴더가 설정되지 않았어요. --folder로 지정하세요 (또는 앱의 설정에서 고르세요).
cli-sync-unreachable = 동기화 폴더 { $folder }에 접근할 수 없어요 ({ $reason }). 아무것도 바뀌지 않았어요. 여기서 계속 공부할 수 있고, 폴더가 돌아오면 동기화해요.
cli-sync-bad-file = { $file }의 { $line }번째 줄은 Steppe 동기화 기록이 아니에요 ({ $reason }). 아무것도 합치지 않았어요. 그 파일을 동기화 폴더 밖으로 옮기세요.
cli-sync-newer = { $file }은(는) 더 새로운 Steppe가 쓴 파일이에요. 아무것도 합치지 않았어요. 합치려면 Steppe를 업데이트하세요.
cli-sync-other-deck = { $file }에는 이 덱이 아니라 { $deck } 덱의 진도가 들어 있어요. 아무것도 합치지 않았어요.
cli-sync-unwritable = { $file }에 쓸 수 없어요 ({ $reason }). 다른 기기의 진도는 합쳤고, 이 기기의 파일은 다음 동기화 때 써요.
# The app's dialogs for the sync folder and the moved-progress file.
sync-folder-title = 동기화 폴더 고르기
sync-export-title = 다른 컴퓨터로 옮길 진도 저장
sync-import-title = 다른 컴퓨터에서 옮긴 진도 열기
sync-file-filter = Steppe 진도

# steppe report: class progress reports.
cli-report-written = 진술 { $claims }개에 대한 진도를 { $file }에 저장했어요. 이 파일을 제출하세요. 무작위 ID가 들어 있고, 이름은 입력한 경우에만 들어가요.
cli-report-unreadable = { $file }을(를) 읽을 수 없어요({ $error }).
cli-report-skipped = 건너뜀: { $reason }
cli-report-none-read = { $count ->
   *[other] 보고서 파일 { $count }개를 하나도 읽지 못했어요
}. 보여 줄 내용이 없어요.
cli-report-too-large = { $file }은(는) { $bytes }바이트로, 진도 보고서로는 너무 커요.
cli-report-not-a-report = { $file }은(는) Steppe 진도 보고서가 아니에요({ $detail }).
cli-report-no-format = { $file }은(는) Steppe 진도 보고서가 아니에요("format": "steppe-progress-report"이(가) 없어요).
cli-report-version = { $file }은(는) 버전 { $found }의 진도 보고서라 이 Steppe에서 읽을 수 없어요. Steppe를 업데이트하세요.
cli-report-other-deck = { $file }은(는) { $expected } 덱이 아니라 { $found } 덱에 대한 보고서예요.
cli-report-bad-student = { $file }에 학생 ID가 없거나 64자보다 길어요.
cli-report-bad-name = { $file }의 이름이 80자보다 길거나 제어 문자가 들어 있어요.
cli-report-claim-twice = { $file }에 진술 { $claim }이(가) 두 번 들어 있어요.
cli-report-claim-impossible = { $file }에서 진술 { $claim }의 기억한 답이 전체 답보다 많아요.
cli-report-class-heading = { $title } 학급 보고서: 학생 { $students }명
cli-report-students = 학생
cli-report-student-line = { $who }: 진술 { $seen }개 학습, 답 { $answers }개, { $recall } 기억
cli-report-most-missed = { $count ->
    [0] 답이 { $min }개 이상인 진술 중 아직 틀린 진술이 없어요
   *[other] 가장 많이 틀린 진술 { $count }개(답이 { $min }개 이상인 진술 중)
}
cli-report-claim-line = { $recall } 기억: { $claim } (학생 { $students }명, 답 { $answers }개)
cli-report-disputes = 읽기 자료마다 다른 부분: 학급이 각 견해를 얼마나 기억하는지
cli-report-version-line = { $reading }: “{ $says }”, 답 { $answers }개 중 { $recall } 기억
cli-report-readings = 읽기 자료
cli-report-reading-line = { $title }: 진술 { $claims }개 중 { $seen }개 학습, { $recall } 기억
cli-report-unknown-claims = 보고서의 진술 { $count }개는 더 이상 덱에 없어서 제외했어요.
# steppe deck add/update: git 저장소에 있는 덱.
cli-git-reading = { $url } 읽는 중
cli-git-up-to-date = `{ $deck }`은(는) 최신이에요: { $version }, 커밋 { $commit }
cli-git-would-add = `{ $deck }` { $version } ({ $title })을(를) 커밋 { $commit }에서 추가할 수 있어요
cli-git-would-update = `{ $deck }`을(를) { $old }에서 { $version }(으)로 업데이트할 수 있어요 (커밋 { $commit })
cli-git-installed = 출처 { $url }, 커밋 { $commit }
cli-git-no-decks = git 저장소에서 추가한 덱이 없어요. `steppe deck add URL`로 추가하세요
cli-git-some-failed = 일부 덱은 업데이트하지 못했어요. 나머지는 업데이트했어요

# steppe cards: 참/거짓 카드의 두 보기, 진술의 날짜.
cli-true = 참
cli-false = 거짓
date-month = { $year }년 { $month }월
date-day = { $year }년 { $month }월 { $day }일

# 명령줄 인수를 읽지 못했을 때 (종료 코드 2).
cli-usage-error = 오류:
cli-usage-tip = 팁:
cli-usage-unknown-argument = 알 수 없는 인수예요: '{ $arg }'
cli-usage-unknown-command = 알 수 없는 명령이에요: '{ $command }'
cli-usage-empty-value = '{ $arg }'에 값이 필요한데 주어지지 않았어요
cli-usage-invalid-value = '{ $arg }'에 쓸 수 없는 값이에요: '{ $value }'
cli-usage-possible-values = [쓸 수 있는 값: { $values }]
cli-usage-out-of-range = '{ $arg }'에 쓸 수 없는 값이에요: '{ $value }' ({ $low }부터 { $high }까지여야 해요)
cli-usage-not-a-number = '{ $arg }'에 쓸 수 없는 값이에요: '{ $value }' (정수여야 해요)
cli-usage-missing-arguments = 꼭 필요한 인수가 빠졌어요:
cli-usage-missing-command = '{ $command }' 다음에 하위 명령이 필요한데 주어지지 않았어요
cli-usage-possible-commands = [하위 명령: { $commands }]
cli-usage-repeated = 인수 '{ $arg }'은(는) 한 번만 쓸 수 있어요
cli-usage-conflict = 인수 '{ $arg }'은(는) { $others }와(과) 함께 쓸 수 없어요
cli-usage-conflict-any = 인수 '{ $arg }'은(는) 함께 준 다른 인수와 같이 쓸 수 없어요
cli-usage-no-equals = '{ $arg }'에 값을 줄 때는 등호(=)가 필요해요
cli-usage-too-many-values = '{ $arg }'에 더 받을 수 없는 값이에요: '{ $value }'
cli-usage-value-count = '{ $arg }'에는 값 { $expected }개가 필요한데 { $given }개가 주어졌어요
cli-usage-not-utf8 = 인수 가운데 UTF-8이 아닌 것이 있어요
cli-usage-other = 명령줄을 읽을 수 없어요
cli-usage-similar = 비슷한 것: { $names }
cli-usage-escape = 이것을 값으로 넘기려면 '-- { $arg }'처럼 쓰세요
cli-usage-more = 자세한 내용은 '{ $help }'로 확인하세요.
