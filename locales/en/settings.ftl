settings-language = Language
settings-language-system = Same as the system
