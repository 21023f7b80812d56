settings-language = 언어
settings-language-system = 시스템 설정과 같게
