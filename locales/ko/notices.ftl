# What the core says when it refuses a request or a file (Notice): one sentence per code, with
# its arguments. Quoted parts of the input and the messages of parsers ($error) are not translated.

## A .steppe package refused on import

notice-package-too-large = 패키지가 { $bytes }바이트로, 한도 { $limit }바이트를 넘어요
notice-not-a-zip = .steppe 패키지(zip)가 아니에요: { $error }
notice-too-many-entries = 항목이 { $entries }개로, 한도 { $limit }개를 넘어요
notice-entry-unreadable = 항목 { $index }: { $error }
notice-entry-name-not-utf8 = 항목 { $index }의 이름이 UTF-8이 아니에요
notice-entry-outside = 항목 `{ $entry }`이(가) 덱 폴더 밖을 가리켜요
notice-entry-not-deck-file = 항목 `{ $entry }`은(는) 덱 파일이 아니에요(deck.toml, disputes.toml, readings/*.md, claims/*.toml)
notice-entry-twice = 항목 `{ $entry }`이(가) 두 번 들어 있어요
notice-entry-too-large = 항목 `{ $entry }`을(를) 풀면 { $size }바이트로, 한도 { $limit }바이트를 넘어요
notice-entry-ratio = 항목 `{ $entry }`의 압축률이 { $ratio }:1로, 한도 { $limit }:1을 넘어요(zip 폭탄일 수 있어요)
notice-entries-too-large = 항목을 모두 풀면 한도 { $limit }바이트를 넘어요
notice-entry-cannot-unpack = 항목 `{ $entry }`을(를) 풀 수 없어요: { $error }
notice-entry-wrong-size = 항목 `{ $entry }`의 크기가 헤더에 적힌 크기와 달라요
notice-no-manifest = 패키지에 { $manifest }이(가) 없어요. Steppe 덱 패키지가 아니에요
notice-bad-manifest = { $manifest }이(가) 잘못되었어요: { $error }
notice-wrong-format = { $manifest }의 형식이 `{ $expected }`이(가) 아니라 `{ $found }`이에요
notice-format-version = 패키지 형식 버전 { $found }은(는) 지원하지 않아요(이 Steppe는 버전 { $supported }을(를) 읽어요). Steppe를 업데이트하세요
notice-entry-not-listed = 항목 `{ $entry }`이(가) { $manifest }에 없어요
notice-entry-checksum = 항목 `{ $entry }`이(가) { $manifest }의 체크섬과 맞지 않아요
notice-entry-not-utf8 = 항목 `{ $entry }`이(가) 올바른 UTF-8 텍스트가 아니에요({ $byte }번째 바이트)
notice-listed-missing = { $manifest }에 `{ $entry }`이(가) 있지만 패키지에는 없어요
notice-manifest-other-deck = { $manifest }에는 덱 `{ $listed }` { $listed_version }(으)로, deck.toml에는 `{ $deck }` { $version }(으)로 적혀 있어요
notice-file-too-large = 파일이 한도 { $limit }바이트보다 커요

## A .csv/.tsv table refused on import

notice-table-not-utf8 = { $line }번째 줄: 올바른 UTF-8 텍스트가 아니에요
notice-table-unknown-separator = { $line }번째 줄: 알 수 없는 구분자 `{ $separator }`(comma, semicolon, tab, space, pipe, colon 중 하나)
notice-table-html = { $line }번째 줄: 필드는 일반 텍스트여야 해요(`#html:false`)
notice-table-no-columns = 열 이름을 적은 `#columns:` 머리줄이 없어요
notice-table-missing-column = { $line }번째 줄: `#columns:`에 `{ $column }` 열이 없어요
notice-table-unknown-column = { $line }번째 줄: 알 수 없는 열 `{ $column }`
notice-table-bad-row = { $line }번째 줄: { $error }
notice-table-field-count = { $line }번째 줄: 필드가 { $fields }개인데 `#columns:`에는 열이 { $columns }개예요
notice-table-field-too-long = { $line }번째 줄: 필드 `{ $field }`이(가) { $chars }자예요(최대 { $limit }자)
notice-table-empty-reading = { $line }번째 줄: `reading` 필드가 비어 있어요
notice-table-not-true-or-false = { $line }번째 줄: `{ $field }` 필드가 “{ $value }”예요. true나 false를 쓰거나 비워 두세요
notice-table-no-deck = `#deck:` 머리줄이 없어요. --deck으로 덱을 지정하세요
notice-table-unknown-deck = 이 진술을 넣을 덱 `{ $deck }`이(가) 없어요. 먼저 덱을 가져오거나 만드세요

## Any imported deck

notice-deck-id-not-kebab = 덱 id `{ $deck }`이(가) kebab-case가 아니에요(a-z, 0-9, 하이픈 하나씩)
notice-field-too-long = { $path }:{ $line }:{ $column }: 필드 `{ $field }`이(가) { $chars }자예요(최대 { $limit }자)
notice-field-too-long-named = { $path }:{ $line }:{ $column }: { $table } `{ $id }`: 필드 `{ $field }`이(가) { $chars }자예요(최대 { $limit }자)
notice-field-too-long-unnamed = { $path }:{ $line }:{ $column }: { $table } 하나: 필드 `{ $field }`이(가) { $chars }자예요(최대 { $limit }자)
notice-claim-field-too-long = 진술 `{ $claim }`: 필드 `{ $field }`이(가) { $chars }자예요(최대 { $limit }자)
notice-older-version = 덱 `{ $deck }` 버전 { $version }은(는) 설치된 버전 { $installed }보다 오래되었어요. 바꾸려면 --force를 쓰세요

## Something asked for that is not there

notice-missing-reading = 읽기 자료 `{ $id }`을(를) 찾을 수 없어요
notice-missing-backup = 백업 `{ $name }`을(를) 찾을 수 없어요
notice-missing-quiz = 퀴즈 { $quiz }을(를) 찾을 수 없어요
notice-missing-question = 퀴즈 { $quiz }의 { $position }번 문제를 찾을 수 없어요
notice-missing-card = 카드 `{ $id }`을(를) 찾을 수 없어요
notice-missing-claim = 진술 `{ $id }`을(를) 찾을 수 없어요
notice-missing-plan = 시험 계획 `{ $name }`을(를) 찾을 수 없어요
notice-missing-deck = 덱 `{ $id }`을(를) 찾을 수 없어요
notice-missing-deck-folder = 덱 폴더 `{ $path }`을(를) 찾을 수 없어요
notice-missing-tag = 태그 `{ $tag }`을(를) 찾을 수 없어요

## A request with a value no screen offers

notice-quiz-length = 퀴즈 문제 수는 1~{ $most }개여야 해요({ $length }개가 아니라)
notice-plan-bad-date = 시험일은 2026-06-15 같은 날짜여야 해요(`{ $text }`이(가) 아니라)
notice-plan-no-name = 시험 계획에는 이름이 있어야 해요
notice-plan-target = 목표 기억률은 { $low }에서 { $high } 사이여야 해요({ $target }이(가) 아니라)
notice-plan-minutes = 계획의 하루 공부 시간은 0분보다 많아야 해요
notice-plan-date-past = 시험일 { $date }이(가) 오늘 이후가 아니에요
notice-quiz-no-questions = 이 조건에는 문제가 없어요. 다른 읽기 자료나 태그를 골라 보세요.
notice-quiz-no-weak-cards = 아직 약한 카드가 없어요. 약한 카드는 최근에 틀렸거나 잊어버리기 쉬운 카드예요.
notice-quiz-weak-needs-study-data = 약한 카드 퀴즈에는 학습 데이터가 필요해요
notice-question-answered = 이 퀴즈의 { $number }번 문제는 이미 답했어요
notice-too-few-reviews = 최적화하려면 복습이 적어도 { $needed }번 필요해요. 지금까지 { $found }번이에요. 기본 매개변수로 계속 공부하세요
notice-preview-deck-id = 덱 id `{ $deck }`은(는) kebab-case여야 해요. 덱의 학습 폴더 이름이 되거든요
notice-folder-deck-id = `{ $path }`의 덱 id `{ $deck }`은(는) kebab-case여야 해요. 덱의 학습 폴더 이름이 되거든요
notice-bad-query = { $error }

## A deck that cannot be made, changed or deleted so

notice-deck-toml-unwritable = deck.toml을 쓸 수 없어요: { $error }
notice-builtin-deck-toml-bad = 기본 덱의 deck.toml이 잘못되었어요: { $error }
notice-new-deck-id-not-kebab = 덱 id `{ $id }`이(가) kebab-case가 아니에요. 소문자, 숫자, 하이픈 하나씩만 쓰세요
notice-deck-needs-title = 덱에는 제목이 있어야 해요
notice-deck-exists = id가 `{ $id }`인 덱이 이미 있어요
notice-builtin-not-deletable = 기본 덱은 지울 수 없어요
notice-builtin-read-only = 기본 덱은 읽기 전용이에요. 진술을 고치려면 복사본을 만드세요
notice-selection-not-in-reading = 선택한 텍스트가 읽기 자료 `{ $reading }`에 없어요
notice-claim-has-problems = 진술 `{ $claim }`에 문제가 { $count }개 있어서 아무것도 저장하지 않았어요. 첫 번째: { $first }
notice-reading-id-not-kebab = 읽기 자료 id `{ $id }`이(가) kebab-case가 아니에요. 소문자, 숫자, 하이픈 하나씩만 쓰세요
notice-reading-exists = id가 `{ $id }`인 읽기 자료가 이미 있어요
notice-deck-toml-bad = deck.toml이 잘못되었어요: { $error }
notice-dismissals-unwritable = 무시한 알림을 저장할 수 없어요: { $error }
notice-claims-file-not-toml = `{ $path }`이(가) 올바른 TOML이 아니에요. 텍스트 편집기로 고치세요: { $error }
notice-no-front-matter = `{ $path }`에 머리말(front matter)이 없어요
notice-front-matter-bad-in = `{ $path }`의 머리말(front matter)이 잘못되었어요: { $error }
notice-front-matter-bad = 머리말(front matter)이 잘못되었어요: { $error }

## A deck from a git repository refused. $commit: the commit's short id; $error: git's own message

notice-git-url-scheme = https://와 file:// 주소, 로컬 폴더만 읽을 수 있어요(ssh나 git://는 안 돼요)
notice-git-no-url = 저장소를 지정하지 않았어요
notice-git-not-a-repository = git 저장소가 아니거나 손상된 저장소예요: { $error }
notice-git-no-head = 저장소의 HEAD가 가리키는 커밋이 없어요(빈 저장소인가요?): { $error }
notice-git-no-commit = 커밋 { $commit }이(가) 저장소에 없어요: { $error }
notice-git-no-reference = 저장소에 `{ $name }` 브랜치나 태그가 없어요: { $error }
notice-git-fetched-too-large = 가져온 저장소가 { $bytes }바이트로, 한도 { $limit }바이트를 넘어요
notice-git-fetched-no-commit = 가져온 참조가 가리키는 커밋이 없어요(빈 저장소인가요?): { $error }
notice-git-no-https = 이 Steppe 빌드는 로컬 저장소만 읽어요(https 없이 빌드됨)
notice-git-unreadable = 커밋 { $commit }: 저장소가 손상되어 `{ $what }`을(를) 읽을 수 없어요: { $error }
notice-git-too-many-files = 커밋 { $commit }: 덱 폴더의 파일이 { $limit }개를 넘어요
notice-git-link-out = 커밋 { $commit }: `{ $path }`은(는) `{ $target }`을(를) 가리키는 심볼릭 링크로, 덱 폴더 밖을 가리켜요. 덱에는 일반 파일만 둘 수 있어요
notice-git-link = 커밋 { $commit }: `{ $path }`은(는) `{ $target }`을(를) 가리키는 심볼릭 링크이고 파일이 아니에요. 덱에는 일반 파일만 둘 수 있어요
notice-git-not-a-file = 커밋 { $commit }: `{ $path }`은(는) 폴더나 서브모듈이고 파일이 아니에요
notice-git-odd-name = 커밋 { $commit }: `{ $path }`은(는) 일반 파일 이름이 아니에요
notice-git-no-deck-toml = 커밋 { $commit }: 저장소 최상위 폴더에 deck.toml이 없어서 Steppe 덱이 아니에요
notice-git-file-too-large = 커밋 { $commit }: `{ $path }`이(가) { $size }바이트로, 한도 { $limit }바이트를 넘어요
notice-git-files-too-large = 커밋 { $commit }: 덱 파일을 합치면 한도 { $limit }바이트를 넘어요
notice-git-not-utf8 = 커밋 { $commit }: `{ $path }`이(가) 올바른 UTF-8 텍스트가 아니에요({ $byte }번째 바이트)
notice-git-builtin-id = 덱 id `{ $id }`은(는) 기본 덱의 id예요. 덱에 고유한 id를 주세요
notice-git-other-deck-now = 저장소에 이제 `{ $expected }`이(가) 아니라 `{ $id }` 덱이 있어요. 새 덱으로 추가하세요
notice-git-id-taken = id가 `{ $id }`인 덱이 이미 다른 곳에서 설치되어 있어요. 먼저 삭제하거나 이름을 바꾸세요
notice-git-not-from-git = `{ $deck }` 덱은 git 저장소에서 추가한 덱이 아니에요
notice-git-moved = 확인한 뒤로 저장소가 바뀌었어요(지금은 커밋 { $checked }이(가) 아니라 { $now }). 다시 확인하세요
notice-git-holds-other-deck = 저장소에 `{ $deck }`이(가) 아니라 `{ $id }` 덱이 있어요

## The study database or its folder refused.
notice-db-not-sqlite = `{ $path }`은(는) Steppe 학습 데이터가 아니에요: 데이터베이스 파일이 전혀 아니에요(다른 파일이 그 위에 저장되거나 복사되었거나, 알아볼 수 없을 만큼 손상되었어요). Steppe는 이 파일을 건드리지 않아요. 가장 최근 백업을 복원하거나, 파일을 다른 곳으로 옮기고 새로 시작하세요
notice-db-foreign = `{ $path }`은(는) Steppe 학습 데이터가 아니에요: 다른 프로그램의 데이터베이스예요. Steppe는 이 파일을 건드리지 않아요. 다른 곳으로 옮기고 새로 시작하거나, STEPPE_DATA_DIR를 다른 폴더로 설정하세요
notice-db-newer = `{ $path }`은(는) 더 새로운 Steppe가 저장했어요(스키마 { $found }, 이 버전은 { $supported }까지 알아요). 열려면 Steppe를 업데이트하세요
notice-db-corrupt = 학습 데이터 `{ $path }`이(가) 손상되었어요(일부를 읽을 수 없어요: { $detail }). Steppe는 이 파일을 건드리지 않아요. 가장 최근 백업을 복원하거나 새로 시작하세요(손상된 파일은 따로 보관돼요)
notice-data-dir-unusable = 데이터 폴더 `{ $path }`을(를) 사용할 수 없어요: { $error }
notice-data-dir-is-file = 데이터 폴더 `{ $path }`은(는) 폴더가 아니라 파일이에요. STEPPE_DATA_DIR(또는 --data-dir)를 폴더로 설정하세요
notice-already-open = Steppe가 이미 열려 있어요: 다른 Steppe 창이나 명령이 `{ $dir }`을(를) 사용 중이에요. 그것을 닫고 다시 시도하세요
notice-already-open-process = Steppe가 이미 열려 있어요: 다른 Steppe 창이나 명령이 `{ $dir }`을(를) 사용 중이에요(프로세스 { $pid }). 그것을 닫고 다시 시도하세요
notice-already-open-program = Steppe가 이미 열려 있어요: 다른 Steppe 창이나 명령이 `{ $dir }`을(를) 사용 중이에요(프로세스 { $pid }, `{ $program }`). 그것을 닫고 다시 시도하세요
notice-opened-twice = 이 Steppe가 이미 `{ $dir }`을(를) 연 상태에서 한 번 더 열라는 요청을 받았어요(다른 창과는 관계없어요). 아무것도 바뀌지 않았어요. Steppe를 다시 시작하세요
notice-data-read-only = Steppe가 `{ $dir }`에 저장할 수 없어요: 폴더나 데이터베이스가 읽기 전용이에요. 아무것도 바뀌지 않았어요. 쓰기 가능하게 바꾸거나, STEPPE_DATA_DIR를 쓰기 가능한 폴더로 설정하세요
notice-no-backup = `{ $dir }`에 열리는 백업이 없어요. 대신 새로 시작하세요(손상된 파일은 따로 보관돼요)
notice-bad-backup = 백업 `{ $path }`을(를) 복원할 수 없어요: 손상되었거나 불완전해요({ $detail }). 아무것도 바뀌지 않았어요. 다른 백업을 선택하세요
notice-not-damaged = `{ $path }`은(는) 정상적으로 열려요. 복구할 것이 없어요

## A file that cannot be written.
notice-cannot-write = `{ $path }`에 쓸 수 없어요: { $error }
notice-cannot-trash = `{ $path }`을(를) 휴지통으로 옮길 수 없어요: { $error }
notice-cannot-make-pdf = PDF를 만들 수 없어요: { $error }

## A file, a deck folder, a repository or study data that cannot be read or used.
notice-cannot-read = `{ $path }`을(를) 읽을 수 없어요: { $error }
notice-cannot-read-database = 학습 데이터를 읽을 수 없어요: { $error }
notice-cannot-fetch = `{ $url }`에서 가져올 수 없어요: { $error }
notice-deck-not-a-folder = `{ $path }`은(는) 폴더가 아니에요. deck.toml이 들어 있는 덱 폴더를 지정하세요
notice-deck-file-not-utf8 = `{ $path }`은(는) 올바른 UTF-8 텍스트가 아니에요
notice-other-deck = `{ $dir }`의 학습 데이터는 `{ $opened }`이(가) 아니라 `{ $holds }` 덱의 것이에요. `{ $holds }` 덱으로 여세요(steppe … --deck { $holds })

## A sentence not yet given a code of its own, shown as it is
notice-untranslated = { $text }
