# The fixed sentence a card puts around its deck's words (PromptFrame). $question, $says and
# $reading are the deck's own words and citation, shown as the deck writes them.

frame-timeline = 이른 것부터 순서대로 놓으세요.
frame-sources = 출처마다 다름: { $question } “{ $says }”라고 하는 읽기 자료는 어느 것인가요?
frame-versions = 출처마다 다름: { $question } 각 읽기 자료는 뭐라고 하나요?
frame-internal-versions = { $reading }에는 답이 둘 이상 있어요. { $question } 어떤 견해들이 있나요?
