# Shared pieces: the waiting and error notices every view uses, and the recovery screen.

common-loading = Ачаалж байна…
common-try-again = Дахин оролдох
common-screen-failed = Энэ дэлгэцийг нээж чадсангүй: { $detail }

common-recovery-already-open = Steppe аль хэдийн нээлттэй байна
common-recovery-damaged = Таны суралцах өгөгдлийг нээж чадсангүй
common-recovery-unusable = Steppe таны суралцах өгөгдлийг нээж чадахгүй байна
common-recovery-restore = Сүүлийн нөөц хуулбарыг сэргээх
common-recovery-restore-note = { $file } файлыг, эс бөгөөс нээгдэх хамгийн сүүлийн нөөц хуулбарыг сэргээнэ.
common-recovery-start-fresh = Шинээр эхлэх
common-recovery-start-fresh-note = Ахицгүйгээр шинээр эхэлнэ. Гэмтсэн файлыг { $file } нэрээр тусад нь хадгална.
common-quit = Гарах
