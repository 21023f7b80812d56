settings-language = Хэл
settings-language-system = Системийн хэлээр
