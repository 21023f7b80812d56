# Shared pieces: the waiting and error notices every view uses, and the recovery screen.

common-loading = 불러오는 중…
common-try-again = 다시 시도
common-screen-failed = 이 화면을 열 수 없습니다: { $detail }

common-recovery-already-open = Steppe 앱이 이미 열려 있어요
common-recovery-damaged = 학습 데이터를 열 수 없었어요
common-recovery-unusable = Steppe 앱에서 학습 데이터를 열 수 없어요
common-recovery-restore = 최신 백업 복원
common-recovery-restore-note = { $file } 파일을 복원해요. 이 파일이 열리지 않으면 열리는 백업 중 가장 최근 것을 복원해요.
common-recovery-start-fresh = 새로 시작
common-recovery-start-fresh-note = 진도 없이 새로 시작해요. 손상된 파일은 { $file } 이름으로 따로 보관해요.
common-quit = 종료
