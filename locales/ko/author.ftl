# The Author view, where an instructor writes a deck: its readings, claims and coverage.

author-title = 만들기
author-readonly = “{ $title }” 덱은 기본 덱이라 바꿀 수 없어요. 사본을 만들어서 그 사본을 편집하세요.
author-fork = 사본 만들기
author-no-deck = “{ $deck }” 덱이 없어요.
author-readings-nav = 덱의 읽기 자료
author-deck-problems = 덱에 문제 { $count }개
author-reading-claims = 진술 { $count }개
author-new-reading = 새 읽기 자료
author-tabs = 읽기 자료
author-tab-text = 본문
author-tab-citation = 서지 정보와 본문
author-tab-coverage = 인용 범위
author-claims-here = 이 읽기 자료의 진술
author-claim-form = 진술 양식

author-saved-claim = 진술을 저장했어요: { $id }
author-deleted-claim = 진술을 삭제했어요.
author-deleted-claim-id = 진술을 삭제했어요: { $id }
author-undo-delete = 되돌리기
author-restored-claim = 진술을 되살렸어요: { $id }
author-saved-proposed = 제안된 진술을 저장했어요.
author-saved-reading = 읽기 자료를 저장했어요: { $id }

## The reading text, where words are selected to make a claim.

author-make-claim = 진술 만들기
author-make-claim-help = 본문에서 단어를 선택한 뒤 진술로 만드세요. 표시된 부분은 이미 인용된 곳이에요.
author-select-first = 먼저 읽기 자료에서 단어를 선택하세요.
author-quoted-by = 인용한 진술: { $id }

## The claim form. Labels and, in brackets after them, short hints.

author-claim = 진술
author-claim-title = 진술 { $id }
author-new-claim = 새 진술
author-field-id = ID
author-field-quote = 인용문
author-hint-quote = 읽기 자료의 문구 그대로
author-field-prefix = 앞 문구
author-hint-prefix = 인용문이 두 번 나올 때, 바로 앞의 단어
author-field-suffix = 뒤 문구
author-hint-suffix = 바로 뒤의 단어
author-field-text = 진술 내용
author-hint-text = 그 자체로 완결된 한 문장
author-field-answer = 정답
author-hint-answer = 진술 내용에서 그대로 옮긴 단어
author-field-question = 질문
author-field-typed = 직접 입력 카드로도 묻기
author-hint-typed = (답이 저자 고유의 표현이라 학생이 다르게 말할 수 있다면 해제하세요)
author-field-kind = 종류
author-field-date = 날짜
author-hint-date = YYYY, YYYY-MM 또는 YYYY-MM-DD
author-field-role = 역할
author-hint-role = 정답이 무엇인지, 예: mongolian-president. 보기는 같은 역할의 정답에서 골라요
author-field-event = 연표 사건
author-hint-event = 날짜가 있는 진술: 날짜를 뺀 사건
author-field-distractors = 오답 보기
author-hint-distractors = 한 줄에 하나씩. 자동으로 만든 보기보다 먼저 쓰여요. 다른 출처의 견해는 넣지 마세요
author-field-false = 거짓 문장
author-hint-false = 한 줄에 하나씩, 참/거짓 카드용. 모든 읽기 자료에서 거짓이어야 해요
author-field-tags = 태그
author-hint-tags = 쉼표로 구분
author-field-conflicts = 충돌하는 진술
author-hint-conflicts = 진술 ID를 쉼표로 구분. 양쪽이 함께 맞춰져요
author-problems-elsewhere = 덱의 다른 곳에 문제 { $count }개
author-save = 저장
author-delete = 삭제
author-discard = 버리기
author-close = 닫기
author-preview = 이 진술로 만들어지는 카드
author-preview-title = 카드
author-checking = 검사 중…
author-preview-none = 덱에 문제가 있는 동안에는 카드가 만들어지지 않아요.
author-preview-options = 보기: { $options }
author-preview-answer = 정답: { $answer }

author-kind-date = 날짜
author-kind-number = 수
author-kind-person = 인물
author-kind-place = 장소
author-kind-organization = 조직
author-kind-event = 사건
author-kind-relation = 관계
author-kind-cause = 원인

author-card-cloze = 빈칸 채우기
author-card-qa = 질문
author-card-multiple-choice = 객관식
author-card-true-false = 참/거짓
author-card-typed = 직접 입력
author-card-timeline = 연표
author-card-sources = 누가 말했나
author-card-versions = 견해

## The reading's citation and text.

author-reading = 읽기 자료
author-citation-title = 서지 정보와 본문
author-field-title = 제목
author-field-author = 저자
author-field-publisher = 발행처
author-field-published = 발행일
author-field-url = 주소(URL)
author-field-body = 본문
author-hint-body = 기사를 붙여 넣으세요. 문단 사이에는 빈 줄, 마크다운 각주는 [^1] 형식
author-save-reading = 읽기 자료 저장

## Coverage: which sentences of the reading claims quote, and claims proposed for the rest.

author-coverage = 인용 범위
author-coverage-summary = 문장 { $sentences }개 중 { $covered }개를 진술이 인용해요({ $percent }).
author-candidates = 진술 후보
author-candidates-none = 인용되지 않은 문장 중에 날짜, 수, 이름이 나오는 문장이 없어요.
author-reason-names-date = 날짜가 나옴
author-reason-names-year = 연도가 나옴
author-reason-has-number = 숫자가 있음
author-reason-names-someone = 사람·장소·기관이 나옴
author-candidate-detail = { $reason }: 정답 “{ $answer }”, 종류 { $kind }
author-candidate-detail-dated = { $reason }: 정답 “{ $answer }”, 종류 { $kind }, 날짜 { $date }
author-accept = 수락
author-edit = 편집
author-dismiss = 제외
author-uncovered = 아직 인용되지 않은 문장
author-uncovered-none = 모든 문장이 진술로 인용되었어요.
