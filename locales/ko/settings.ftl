settings-language = 언어
settings-language-system = 시스템 설정과 같게

settings-title = 설정

## Studying: these settings belong to the deck being studied.

settings-studying = 공부
settings-scope-study = 지금 공부 중인 덱에 적용돼요. 덱마다 따로 저장돼요.
settings-retention = 목표 기억 유지율
settings-retention-hint = 공부한 내용이 다시 나올 때 얼마나 기억하고 있기를 바라는지예요. 높을수록 복습이 많아져요.
settings-new-per-day = 하루 새 카드 수
settings-reviews-per-day = 하루 복습 수
settings-rollover = 하루 시작 시각(시)
settings-new-per-day-missing = 하루 새 카드 수에 정수를 입력하세요.
settings-reviews-per-day-missing = 하루 복습 수에 정수를 입력하세요.
settings-rollover-missing = 하루 시작 시각에 정수를 입력하세요.

## Appearance: these settings are the same for every deck.

settings-appearance = 화면
settings-scope-appearance = 모든 덱에 적용돼요.
settings-theme = 테마
settings-theme-system = 시스템 설정과 같게
settings-theme-light = 밝게
settings-theme-dark = 어둡게
settings-text-size = 글자 크기
settings-save = 저장
settings-saved = 저장했어요

## The scheduler, fitted to the student's own reviews.

settings-scheduler = 복습 일정
settings-scheduler-hint = 내 복습 기록에 맞춰 일정 계산을 조정해서, 간격이 내가 기억하는 방식에 맞게 해요.
settings-optimize = 매개변수 최적화
settings-optimizing = 최적화 중
settings-optimized = 매개변수를 업데이트했어요

## Deck files live in the Decks view.

settings-deck-files = 덱 파일
settings-deck-files-hint = 내보내기(.steppe, .apkg, .csv)와 가져오기는 덱 화면에 있어요.
settings-open-decks = 덱 화면 열기

## Backups of the study data.

settings-backups = 백업
settings-backup-now = 지금 백업
settings-backup-made = 백업했어요
settings-backup-restored = 백업을 복원했어요
settings-no-backups = 아직 백업이 없어요.
settings-restore = 복원
settings-restore-label = { $name } 복원
settings-restore-confirm = 학습 데이터를 이 백업으로 바꿀까요? 지금 데이터는 다른 백업으로 남겨 둬요.
