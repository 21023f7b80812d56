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
