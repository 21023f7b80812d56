# The fixed sentence a card puts around its deck's words (PromptFrame). $question, $says and
# $reading are the deck's own words and citation, shown as the deck writes them.

frame-timeline = Эдгээрийг хамгийн эртнийхээс нь эхлэн он дараалалд оруулна уу.
frame-sources = Эх сурвалжууд зөрнө. { $question } Аль эх бичвэр “{ $says }” гэж хэлдэг вэ?
frame-versions = Эх сурвалжууд зөрнө. { $question } Тус бүр юу гэж хэлдэг вэ?
frame-internal-versions = { $reading } нэгээс олон хариулт өгдөг. { $question } Ямар хувилбарууд байна вэ?
