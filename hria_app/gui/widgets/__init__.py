"""Generic pieces every room uses: choice rows, the info bar, the bilingual editor, the record table, user-text
helpers, the look (fonts, colours, spacing), the interface-language helpers (i18n) and the button-to-answer
choice used by modal questions. It imports core and PySide6 only, never another gui package.
"""
