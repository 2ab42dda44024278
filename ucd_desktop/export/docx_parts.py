"""The fixed parts of every exported .docx: styles, settings, font table, app properties.

Written from scratch rather than taken from python-docx's built-in template, which is
US Letter, Calibri through theme fonts, English proofing and Word 2010 compatibility
mode. Here: Times New Roman in all four font slots, no theme fonts at all, Vietnamese
proofing, Word 2013+ layout (compatibility mode 15), and no "update fields" prompt.
"""

from __future__ import annotations

from ucd_desktop import APP_NAME, __version__
from ucd_desktop.decree.numbers import FONT_NAME, LANGUAGE

__all__ = ["APP_XML", "FONT_TABLE_XML", "SETTINGS_XML", "STYLES_XML", "THEME_XML"]

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FONTS = (
    f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" '
    f'w:eastAsia="{FONT_NAME}" w:cs="{FONT_NAME}"/>'
)
_LANG = f'<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'

STYLES_XML = (
    _DECL
    + f"<w:styles {_W}>"
    + "<w:docDefaults><w:rPrDefault><w:rPr>"
    + _FONTS
    + '<w:sz w:val="28"/><w:szCs w:val="28"/>'
    + _LANG
    + "</w:rPr></w:rPrDefault>"
    + '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    + "</w:pPr></w:pPrDefault></w:docDefaults>"
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    + '<w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr><w:rPr>'
    + _FONTS
    + '<w:sz w:val="28"/><w:szCs w:val="28"/>'
    + _LANG
    + "</w:rPr></w:style>"
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    + '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    + "<w:unhideWhenUsed/></w:style>"
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
    + '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    + '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
    + '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    + '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    + "</w:tblCellMar></w:tblPr></w:style>"
    + '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
    + '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    + "<w:unhideWhenUsed/></w:style>"
    + "</w:styles>"
)

# Children of w:settings in schema order. compatibilityMode 15 = Word 2013 and later
# (no "[Compatibility Mode]" in the title bar); no w:updateFields (Word would ask).
SETTINGS_XML = (
    _DECL
    + f"<w:settings {_W}>"
    + '<w:zoom w:percent="100"/>'
    + '<w:defaultTabStop w:val="720"/>'
    + '<w:characterSpacingControl w:val="doNotCompress"/>'
    + "<w:compat>"
    + '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'  # noqa: E501
    + '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'  # noqa: E501
    + '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'  # noqa: E501
    + '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'  # noqa: E501
    + "</w:compat>"
    + f'<w:themeFontLang w:val="{LANGUAGE}"/>'
    + '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
    + "</w:settings>"
)

FONT_TABLE_XML = (
    _DECL
    + f"<w:fonts {_W}>"
    + f'<w:font w:name="{FONT_NAME}"><w:panose1 w:val="02020603050405020304"/>'
    + '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    + "</w:fonts>"
)

APP_XML = (
    _DECL
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    + f"<Application>{APP_NAME} {__version__}</Application>"
    + "<DocSecurity>0</DocSecurity>"
    + "</Properties>"
)


def _solid(color: str) -> str:
    return f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill>'


def _line(width: int) -> str:
    return (
        f'<a:ln w="{width}" cap="flat" cmpd="sng" algn="ctr">{_solid("phClr")}'
        '<a:prstDash val="solid"/></a:ln>'
    )


_COLORS = (
    ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
    ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
    ("dk2", '<a:srgbClr val="1F497D"/>'),
    ("lt2", '<a:srgbClr val="EEECE1"/>'),
    ("accent1", '<a:srgbClr val="4F81BD"/>'),
    ("accent2", '<a:srgbClr val="C0504D"/>'),
    ("accent3", '<a:srgbClr val="9BBB59"/>'),
    ("accent4", '<a:srgbClr val="8064A2"/>'),
    ("accent5", '<a:srgbClr val="4BACC6"/>'),
    ("accent6", '<a:srgbClr val="F79646"/>'),
    ("hlink", '<a:srgbClr val="0000FF"/>'),
    ("folHlink", '<a:srgbClr val="800080"/>'),
)
_FONT = f'<a:latin typeface="{FONT_NAME}"/><a:ea typeface=""/><a:cs typeface=""/>'

#: Word expects a theme part; ours names Times New Roman as both theme fonts, so even
#: text that a user later formats with a theme font stays in the Decree's font.
THEME_XML = (
    _DECL
    + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="ucd">'
    + '<a:themeElements><a:clrScheme name="ucd">'
    + "".join(f"<a:{name}>{value}</a:{name}>" for name, value in _COLORS)
    + '</a:clrScheme><a:fontScheme name="ucd">'
    + f"<a:majorFont>{_FONT}</a:majorFont><a:minorFont>{_FONT}</a:minorFont>"
    + '</a:fontScheme><a:fmtScheme name="ucd">'
    + "<a:fillStyleLst>"
    + _solid("phClr") * 3
    + "</a:fillStyleLst>"
    + "<a:lnStyleLst>"
    + _line(9525)
    + _line(25400)
    + _line(38100)
    + "</a:lnStyleLst>"
    + "<a:effectStyleLst>"
    + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    + "</a:effectStyleLst>"
    + "<a:bgFillStyleLst>"
    + _solid("phClr") * 3
    + "</a:bgFillStyleLst>"
    + "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
)
