# The reading view: one source article of the deck, its claims highlighted in the text.

reading-opening = 읽기 자료를 여는 중…
reading-study-this = 이 읽기 자료 학습
reading-quiz-this = 이 읽기 자료로 퀴즈
reading-legend-sample = 가나다
reading-conflict-legend = 물결 밑줄: 다른 읽기 자료에서는 이 사실을 다르게 전해요. 강조된 부분을 클릭해 비교해 보세요.
reading-highlights-toggle = 강조 표시 보기
reading-highlights-keys = Tab 키로 강조 부분에 가고, 화살표 키로 다음 강조 부분으로 옮겨 가요.
reading-notes = 주석
reading-note-back = 본문으로 돌아가기 (주석 { $label })
reading-footnote = 주석 { $label }

reading-claims-heading =
    { $count ->
        [1] 진술
       *[other] 진술 { $count }개
    }
reading-close = 닫기
reading-no-cards = 카드가 없어요.
reading-phase-new = 새 카드
reading-phase-learning = 학습 중
reading-phase-review = 복습
reading-phase-relearning = 재학습 중
reading-card-not-studied = 아직 학습하지 않음
reading-card-due = 다음 복습: { $when }
reading-card-suspended = 보류됨
reading-card-leech = 자주 잊음

reading-editor-added = 편집자가 추가함
reading-editor-added-note = 편집자가 추가함: { $note }
reading-editor-added-hidden = (편집자가 추가함)
reading-source-url = 출처:
reading-editor-note = 원문에는 없어서 편집자가 추가했어요.
reading-editor-note-with = 원문에는 없어서 편집자가 추가했어요: { $note }
# A switch that tints each paragraph by how well its studied claims are recalled now.
reading-fading-toggle = 잊혀 가는 부분 표시
reading-fading-legend = 각 문단은 학습한 진술을 지금 기억할 확률에 따라 색이 칠해져요. 색이 진할수록 더 잊혀 가고 있어요. 학습한 진술이 없는 문단은 칠하지 않아요.
# The tooltip of a shaded paragraph; $percent is already formatted.
reading-fading-block = 지금 기억할 확률: { $percent }
reading-class-legend = 각 문단은 학생 { $students }명이 그 문단의 진술을 얼마나 자주 기억했는지에 따라 색이 칠해져요. 색이 진할수록 학급이 더 많이 틀렸어요. 아무도 답하지 않은 문단은 칠하지 않아요.
reading-class-block = 학급 기억률: { $percent }
