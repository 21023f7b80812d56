# The Decks view: the decks on this computer, making and forking decks, and deck files.

decks-title = 덱
decks-intro = 기본 덱은 읽기 전용이라, 바꾸려면 사본을 만드세요. 내 덱은 데이터 폴더 안의 폴더이고, 덱마다 진도를 따로 기록해요.
decks-active = 사용 중
decks-builtin = 기본 제공
decks-version = 버전 { $version }
decks-counts = 읽기 자료 { $readings }개 · 진술 { $claims }개 · 카드 { $cards }장
decks-problems = 문제 { $count }개: 공부하려면 덱을 고치세요
decks-studying = 공부 중
decks-study = 이 덱으로 공부
decks-study-label = “{ $title }” 덱으로 공부
decks-fork = 사본 만들기
decks-edit = 편집
decks-edit-label = “{ $title }” 편집
decks-delete = 삭제…
decks-delete-label = “{ $title }” 삭제
decks-confirm-delete = 삭제 확인
decks-confirm-question = “{ $title }” 덱을 휴지통으로 옮길까요?
decks-delete-confirm = 삭제
decks-keep = 그대로 두기
decks-new = 새 빈 덱
decks-fork-default-title = 내 덱
decks-fork-form = 사본 만들기
decks-fork-heading = 기본 덱의 사본 만들기
decks-new-form = 새 덱
decks-field-title = 제목
decks-field-id = ID
decks-hint-id = 영어 소문자 단어를 대시로 연결, 폴더 이름이 돼요
decks-fork-submit = 사본 만들기
decks-create = 만들기
decks-cancel = 취소

decks-forked = 기본 덱의 사본을 만들었어요: “{ $title }”
decks-created = “{ $title }” 덱을 만들었어요.
decks-now-studying = 이제 “{ $title }” 덱으로 공부해요.
decks-deleted = “{ $title }” 덱을 휴지통 폴더로 옮겼어요.

## Deck files: export and import.

decks-files = 덱 파일
decks-files-intro = 공부 중인 덱을 Anki나 스프레드시트로 옮기거나, 패키지로 나눠 줄 수 있어요. 가져온 덱은 덱 폴더에 들어가요.
decks-export-steppe = .steppe로 내보내기
decks-export-apkg = .apkg로 내보내기(Anki)
decks-export-csv = .csv로 내보내기
decks-import = 패키지 가져오기…
decks-working = 처리 중
decks-exported = 저장했어요: { $path } ({ $size })
decks-imported = “{ $title }” { $version } 덱을 가져왔어요. 진술 { $added }개 추가, { $removed }개 삭제, { $changed }개 변경.
decks-import-replaced = “{ $title }” { $version } 덱을 교체했어요. 진술 { $added }개 추가, { $removed }개 삭제, { $changed }개 변경.
decks-import-updated = “{ $title }” 덱을 업데이트했어요({ $previous } → { $version }). 진술 { $added }개 추가, { $removed }개 삭제, { $changed }개 변경.
decks-import-changed = 변경됨: { $ids }

## git 저장소에 있는 덱.
decks-git-heading = git에서 추가
decks-git-intro = 강사는 덱을 git 저장소에 둘 수 있어요. 저장소 주소나 이 컴퓨터의 폴더를 입력하세요. 설치하기 전에 내용을 먼저 보여 주고, 업데이트해도 진도는 모두 그대로예요.
decks-git-url = 저장소 주소 또는 폴더
decks-git-url-hint = https://… 또는 폴더
decks-git-ref = 브랜치 또는 태그
decks-git-ref-hint = 선택
decks-git-check = 저장소 확인
decks-git-reading = 저장소를 읽는 중
decks-git-found-new = “{ $title }” { $version } (커밋 { $commit }): 진술 { $added }개.
decks-git-found-update = “{ $title }”을(를) { $previous }에서 { $version }(으)로 업데이트할 수 있어요 (커밋 { $commit }): 진술 { $added }개 추가, { $removed }개 삭제, { $changed }개 변경.
decks-git-up-to-date = “{ $title }”은(는) 최신이에요: { $version }, 커밋 { $commit }.
decks-git-added-list = 추가: { $ids }
decks-git-removed-list = 삭제: { $ids }
decks-git-changed-list = 변경: { $ids }
decks-git-before = 이전:
decks-git-after = 이후:
decks-git-progress-kept = 남는 진술의 진도는 모두 그대로예요.
decks-git-diff-label = “{ $title }”을(를) 설치하면 바뀌는 것
decks-git-install = 설치
decks-git-install-update = 업데이트 설치
decks-git-cancel = 취소
decks-git-close = 닫기
decks-git-added = “{ $title }” { $version }을(를) 추가했어요.
decks-git-updated = “{ $title }”을(를) { $version }(으)로 업데이트했어요.
decks-git-update = 업데이트
decks-git-update-label = “{ $title }”을(를) 저장소에서 업데이트
decks-git-from = 출처: { $url }
decks-git-from-ref = 출처: { $url } ({ $reference })
