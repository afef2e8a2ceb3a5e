"""Lines of extracted page text that are page furniture wherever they stand: promotions and sign-ups, ad
notes, copyright notices, photo captions that end with their credit, tool bars and link rows; and the
text made one paragraph per line without them (and without a paragraph that repeats another, see
:mod:`.repeats`)."""

from __future__ import annotations

import re

from .pathsource import OUTLET_ENDINGS
from .template_code import TEMPLATE, has_template
from .repeats import without_repeats
from .taxonomy import is_taxonomy_line

_TO_USE = (r"(?:\s+(?:in|on|by) your (?:web )?browser)?(?:,?\s+(?:to|in order to)\s+(?:view|see|use|read|get|continue|"
           r"run|access|watch|play|load|display|enjoy|comment|post|log|sign)\b[^.!?]{0,80})?[.!]?$")
_JS_NOTICE = (r"Please\s+(?:turn on|enable|activate|switch on|allow)\s+JavaScript\b|"
              rf"(?:turn on|enable|activate|switch on|allow)\s+JavaScript{_TO_USE}|"
              rf"JavaScript (?:is )?(?:disabled|required|not enabled|turned off){_TO_USE}")
"""A notice that the page needs script ('Please enable JavaScript …', 'JavaScript is required to view this
page'), not advice about script in a story ('Enable JavaScript only on the sites you trust.')."""
_UNENDED = r"(?![^.!?]*[.!?][\"'\u201d\u2019)]*$)"
"""What follows is no sentence ending in a full stop: a link's title or a label ('Presented by Harbour Savings'),
not a story's sentence that opens with a label's words ('Presented by the mayor, the award went to …')."""
_RECEIVING = r"(?:(?:You are|You're|You\u2019re) receiving|You received) this"
_PROMO = re.compile(
    r"^(?:Our Standards\b|(?:Related|Also read|Read also|See also|More on this(?: story)?|Recommended|\u00c0 lire (?:aussi|\u00e9galement)|Lire aussi|Voir aussi|Lesen Sie auch|Mehr zum Thema|Lea tambi\u00e9n|Lee tambi\u00e9n|Leer m\u00e1s|Leggi anche|Leia tamb\u00e9m|Ler tamb\u00e9m|Lees ook)\s*(?:[:|]|[-\u2013\u2014](?=\s)" rf"{_UNENDED}" r")|(?:Partager|Teilen|Compartir|Condividi|Delen)(?: (?:sur|auf|en|su|op) \w+)?$|Sign up (?:for|to)\b|Subscribe\b|Click here\b|Read more\b|Share this\b|Follow us\b|"
    r"Advertisement(?:\s*[-–—:]\s*(?:scroll|story|article|continue)\b.*)?$|(?:Story|Article) continues (?:below|after)\b|"
    r"Continue reading\b|(?:Presented|Brought to you) by (?-i:[A-Z])" rf"{_UNENDED}" r"|(?:Next|Previous) (?:article|story|post)\b|(?:Next|Previous) page\s*(?:[:|\u00bb\u203a>]|$)|Catch (?:all )?the latest\b[^.!?]{0,40}\b(?:news|updates|headlines|stories)\b|You(?:'ve|\u2019ve| have) (?:reached|used) (?:your|the|all)\b[^.!?]{0,40}\b(?:(?:article|story|page|reading) limit|limit of (?:free )?(?:articles|stories|pages)|free (?:articles?|stories|reads)|articles? this month)\b|See (?:all )?(?:subscription )?(?:options|offers|plans)$|Already (?:a subscriber|have an account)\b|"
    r"This (?:article|story|content) is (?:only )?(?:for|available to|exclusive to) (?:subscribers|members)\b|"
    r"To (?:continue reading|read (?:the full|this|more))\b|Want to read more\b|Start (?:your )?(?:free )?trial\b|"
    r"Enjoy unlimited access\b|(?:Get unlimited (?:digital )?access|Unlimited digital access)\b[^.!?]{0,80}(?:[$\u00a3\u20ac]|\ba (?:month|week|year)\b|/(?:mo|month|week|year)\b|\bsubscri)|Unlimited access (?:for|from) (?:just |only )?[$\u00a3\u20ac]|Listen to (?:this )?(?:article|story)\b|Support (?:independent|our|quality|local) journalism\b|"
    r"Sign in to comment\b|Have your say\b|Most (?:viewed|read|popular)$|Trending(?: now| stories| news| today)?$|"
    r"(?:(?:Sponsored|Paid|Partner|Promoted) (?:content|post|story|links?)(?:\b|(?-i:(?=[A-Z])))|Sponsored by (?-i:[A-Z]))"
    rf"{_UNENDED}|Sponsored(?:\s*[:|]|$)|"
    r"(?:(?:Photo|Image|Picture|Slide)s?\s+\d{1,3}\s*(?:of|/)|\d{1,3}\s+of)\s*\d{1,3}$|Jump to\b[^.!?]{0,40}$|(?:Watch|Video|Listen)\s*[:|]|"
    r"(?:Email|Print|Share|Gift) this (?:story|article|page)\b(?!['\u2019])|Text size\b|Duration\s*:?\s*\d|Estimated \d+ min|"
    r"[^.!?]{0,80}(?:(?:delivered|straight|direct(?:ly)?|sent) to your inbox|in your inbox every\b)|"
    r"Purchase Licensing Rights\b|Skip to (?:main )?(?:content|navigation)\b|Show key events\b|Key events?$|Just now$|Live(?: updates?| coverage| blog)?$|Follow (?:the )?latest(?: updates| news)?$|Pinned(?: post)?$|"
    r"(?:Related|More) (?:stories|articles|coverage|content|posts|links|reading)$|Article content$|"
    r"[-\u2013\u2014\u2022]+\s*Advertisement\s*[-\u2013\u2014\u2022]*$|"
    r"Follow (?-i:us|[A-Z]\w*(?: [A-Z]\w*){0,3})(?: on [\w ]{1,20})?:$|"
    r"(?:(?:Last )?(?:Updated|Published|Posted)\s+)?\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$|"
    rf"{_JS_NOTICE}|"
    r"(?:Follow\s*(?:·\s*)?)?\d+ min(?:ute)?s? read$|(?:Image|Photo(?:graph)?|Picture|Illustration|Video)s?(?: credit)?(?: by)?\s*:|All rights reserved|Download the app\b|Get (?:the|our) .{0,40} newsletter|"
    r"Privacy (?:Notice|Policy)(?:\s*[:|]|$)|Terms of (?:Use|Service)(?:\s*[|·]|$)|Back to top\b|"
    r"Unsubscribe(?=\s*(?:$|[|\u00b7\u2022,.:]|here\b|from (?:this|these|our|all|the)\b|at any time\b))|Update (?:your )?(?:e-?mail |subscription )?preferences$|Manage (?:your )?subscriptions?$|"
    r"Print(?:er[- ]friendly)?(?: version| this(?: article| page)?)?$)",
    re.IGNORECASE)
"""Short lines that are page furniture wherever they stand (promotions, sign-ups, print links)."""
_LABEL = re.compile(
    r"^(?:More (?:from|in) this (?:section|series)|You (?:may|might) (?:also )?like|Editor'?s'? (?:picks|choice)|"
    r"(?:Top|Latest|Popular|Promoted|Featured) (?:stories|news|videos?)|Don'?t miss|Recommended (?:videos?|"
    r"stories|reading|for you)|Must read|Read next|Up next|More videos|Watch more|Around the web|"
    r"Related (?:videos?|coverage|topics)|"
    r"Advertisement \d{1,2}|Advertisement\W+continue reading below|Scroll to continue(?: with content)?|"
    r"This advertisement has not loaded yet,? but your article continues below\.?|"
    r"Click to (?:play|watch) video\b.{0,150}|(?:Play|Watch) (?:the )?(?:full )?video|Video player is loading\.?|"
    r"This video is (?:no longer|not|currently not) available\.?|Media Video\s*\|.{0,150}|Loading(?:\.\.\.|\u2026)?|"
    r"Listen|Open this photo in gallery:?|(?:View|Open) (?:the )?(?:photo )?gallery|Photo gallery|Photos|"
    r"Join the conversation|(?:View|Show|Read|Hide) (?:all )?(?:\d+ )?comments?|\d+ comments?|Comments?|"
    r"Leave a (?:comment|reply)|Enter your email(?: address)?|"
    r"By (?:signing up|subscribing|clicking [^.]{1,30}),? you (?:agree|accept|consent)\b.{0,150}|"
    r"This site is protected by reCAPTCHA\b.{0,150}|Thanks? (?:you )?for (?:signing up|subscribing)[.!]?|"
    r"Topics|Member-only story|Restacks?|[\[(\uff08]?(?:\u8d23\u4efb\u7f16\u8f91|\u8d23\u7f16|\u7f16\u8f91|\u6821\u5bf9|"
    r"\u5ba1\u6838|\u7de8\u96c6)\s*[:\uff1a][^\u3002]{1,30}|"
    r"(?:Got|Have) a (?:news )?(?:story|tip)\b[^.!?]{0,80}\?\s*(?:E-?mail|Contact|Write to|Send|Tell)\b[^!?]{0,120}|"
    r"How (?:do|can) I (?:support|subscribe to|donate to) (?:us|this (?:site|newsletter|publication)|"
    r"(?-i:The [A-Z])[^?]{0,60})\?|"
    r"Report (?:an? )?(?:editorial )?(?:error|typo|correction|mistake)(?: or (?:error|typo|omission))?|"
    r"Editorial (?:code of conduct|standards|guidelines|policy)|"
    r"Copy(?: the)? link|Link copied!?|Copied!?|Save(?:d)?(?: (?:article|story))?|Bookmark|Font size|"
    r"Add (?:this )?to (?:your )?(?:saved|reading list|bookmarks)(?: stories| articles)?|"
    r"Share (?:on|via) (?:Facebook|X|Twitter|LinkedIn|WhatsApp|Reddit|Email|Bluesky|Threads)|"
    r"(?:Photo )?Illustration(?: by\b|\s*:)[^.!?]{1,80}|Courtesy of\b[^.!?]{1,60}|Courtesy (?-i:[A-Z])[^.!?]{0,60}|Supplied|Handout|"
    r"Pictured\s*:.{1,200}|(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\s*/\s*)?Getty Images|"
    r"Already (?:contributed|a member|a supporter)\b.{0,80}|"
    r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|\d(?:\.\d{1,2})?x|Playback speed|Mispronunciations can occur\b.{0,200}|"
    r"(?:We apologi[sz]e,? but )?this video has failed to load\.?|Try refreshing your browser\b.{0,120}|"
    r"View (?:this|more) (?:posts?|videos?|photos?) on (?:Instagram|TikTok|Facebook|X|Threads)|"
    r"Breadcrumb(?:s| trail)?(?: links)?|You can manage saved (?:articles|stories) in your account\.?|"
    r"(?:and )?save up to \d+ (?:articles|stories)!?|Download (?:the|our) (?:free )?(?:[\w.&'\u2019-]+ ){0,4}apps?\b[^.!?]{0,40}|"
    r"Share\s*:?|Open in (?:a )?new (?:window|tab)|Related|More|Also read|"
    r"View (?:(?:this|it|the) )?(?:e-?mail |newsletter )?(?:in|on) (?:your |a |the )?(?:web )?browser|"
    r"Forward (?:this )?(?:e-?mail |newsletter )?to a friend|(?:Episode|Ep\.)\s*\d{1,4}|"
    r"We (?:value|care about|respect) your privacy|(?:Do not |Don't |I )?(?:consent|accept|agree)|"
    r"Accept (?:all|cookies|all cookies)|Reject all(?: cookies)?(?:\s+and\b.{0,80})?|Manage (?:options|preferences|cookies|settings|choices)|"
    r"(?:- )?Store and/or access information on a device|Personali[sz]ed (?:ads|advertising)(?: and content)?(?:,[^.!?]{0,200})?|"
    r"Skip (?:ad|advert|advertisement)|Supported by|Send any friend a story|(?:Give|Gift|Share) (?:this|the full) article|"
    r"Read in (?:the )?app|As a subscriber, you have \d+ gift articles\b.{0,120}|Have a confidential tip\b.{0,60}|"
    r"Before it['\u2019]s here, it['\u2019]s on the\b.{0,40}|Learn more|Keep reading|Show (?:more|less)|"
    r"Read (?:the )?full (?:story|article)|Story continues|Sign in to access your portfolio|"
    r"Discover more from (?-i:[A-Z])[^.!?]{0,60}|Thanks? (?:you )?for reading!?|Click to (?:share|email|print)\b.{0,60}|"
    r"Like(?: this:?)?|(?-i:More in [A-Z][\w&'\u2019-]*(?: [A-Z&][\w&'\u2019-]*){0,2})|Comments are closed\.?|Cancel reply|"
    r"Your email address will not be published\.?(?:\s*Required fields are marked \*)?|Required fields are marked \*|"
    r"Post navigation|"
    r"Create (?:a )?(?:free )?account|Log ?in|Sign ?in|Log ?out|Register|Got it!?|Newsletters?|"
    r"Hide caption|Toggle caption|Enlarge this image|(?:Image|Media|Video) (?:caption|source),.{0,200}|"
    r"More on this story|Elsewhere on (?:the )?(?-i:[A-Z]{2,6})|In this (?:article|story)\s*:?|"
    r"\+?\s*Get alerts (?:for|on)\b.{0,60}|"
    r"Follow (?:the )?authors?|Contact us\s*:.{0,100}|Site feedback\s*:.{0,60}|"
    r"For immediate release|Exclusive|Is this page useful\??(?:\s*(?:Yes|No|Maybe)\b)*|"
    r"(?:Press|Media|Communications|News) (?:Office|Relations|Team|Desk)|(?:Media |Press )?Contacts?\s*:?|"
    r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|\+\d[\d ()-]{7,18}\d|"
    r"Report a problem with this page|(?:Media|Press) (?:contacts?|enquiries|inquiries)\s*:?|"
    r"(?:Tel|Telephone|Phone|Mobile|Fax)\s*[.:]?\s*\+?\(?\d[\d ()./-]{5,20}\d|[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,40}|"
    r"(?:(?:Media|Press) )?Contacts?\s*:\s*[^!?]{0,100}?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|@[\w-]+\.\w+)[^!?]{0,40}|"
    r"[^.!?]{0,100}[?.!]\s*(?:Sign up|Subscribe)\b[^.!?]{0,60}\bnewsletters?\W*)\s*$",
    re.IGNORECASE)
"""A short line that is only a label of page furniture (a section's heading, an ad slot, a video or gallery
control, a comment count, a sign-up form's fine print, a tag line, a tool, a credit standing alone), wherever it
stands; a line with more words is the story's ('Watch: …' and 'Listen to …' are read above)."""
_NOTICE = re.compile(r"^(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}|by\b)|^(?:Copyright|©|\(c\)).{0,150}\ball rights reserved\b"
                     r"|^(?:Copyright|©|\(c\)).{0,150}\b(?:Alle Rechte vorbehalten|Tous droits réservés|Todos los "
                     r"derechos reservados|Todos os direitos reservados|Tutti i diritti riservati)\b"
                     r"|^Riproduzione riservata\b|^(?:Quelle|Source|Fuente|Fonte)\s*:\s*https?://\S+$"
                     r"|^Disclaimer\s*:|^\(?This (?:story|article|report) has not been edited by\b"
                     r"|^\(?Only the headline of this (?:report|story|article) may have been reworked\b"
                     r"|^\(?[^()]{0,120}\bauto-?generated from a syndicated (?:news )?feed\b"
                     rf"|^{_RECEIVING}" r" (?:e-?mail|newsletter|message)(?:\s*$|\s+(?:because|as|since) (?:you|your|a|an)\b)"
                     r"|^We and our (?:\d+ )?(?:partners|vendors)\b[^.!?]{0,60}\b(?:cookies|device|personal data|identifiers|information on)\b|^With your permission,? we and our\b"
                     r"|^This is Google['\u2019]s cache of\b|^(?:We use|This (?:web)?site uses) cookies\b|^Tip: To quickly find your search term\b|^The post .{1,300} appeared first on .{1,120}$"
                     r"|^(?:This|A version of this) (?:article|story) (?:first )?appear(?:s|ed) in (?:the )?print\b"
                     r"|^(?:Conversations|Comments) (?:are|reflect) (?:the )?(?:opinions|views) of (?:our )?readers\b"
                     r"|^This (?:article|story|report|post|piece)(?: by [^.!?]{1,60})? (?:was )?(?:originally|first) "
                     r"(?:published|appeared)\b"
                     r"|^(?:The )?audio (?:version )?(?:of|for) this (?:article|story)\b"
                     r"|^We(?:'|\u2019| a)re sorry,? (?:but )?this (?:feature|content|video|service|page) is "
                     r"(?:currently |temporarily )?(?:unavailable|not available)\b"
                     r"|^Follow\b[^.!?]{0,80}\bcoverage\b[^!?]{0,100}\bat\s+https?://\S+?\.?$"
                     r"|^[^.!?]{0,80}\breceives (?:financial )?support from\b[^!?]{0,250}\bsolely responsible for "
                     r"all content\.?$",
                     re.IGNORECASE)
"""A copyright notice of any length ('Copyright 2025 The Associated Press. All rights reserved. …'), a
WordPress feed's footer ('The post … appeared first on …'), a print-edition note ('A version of this
article appears in print on …'), a comment policy ('Conversations are opinions of our readers …'), a
note of first publication ('This article was originally published on …'), a text-to-speech note ('The audio
version of this article is generated by …'), an agency's hub link ('Follow … coverage of … at https://…') and
its funding note ('… receives support from … solely responsible for all content.'). A wire credit ('With files
from The Canadian Press', 'Reporting by …; Editing by …', '… contributed to this report.') is the story's: it
names the agency the metadata reads."""


def without_furniture_lines(text: str) -> str:
    """One paragraph per line of extracted text, blank-line separated, template code and promos removed, a taxonomy
    line under an ordinary word ('Labels: Organic, Fair Trade') too when it stands outside the story's text (above
    its first sentence or below its last: see :func:`outside_story`), and a paragraph repeating another's words (a
    pull quote) left out (see :func:`.repeats.without_repeats`)."""
    out = []
    after = ""  # what the lines before ask to leave out: 'ad' (the line after a sponsor's label), 'footer',
    footer = 0  # 'tickers' (the quotes after 'In this article:'); the footer's lines left out so far
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if after == "footer":
            footer += 1
            if len(s.split()) < FOOTER_WORDS and footer <= FOOTER_LINES:
                continue
            after = ""
        if after == "tickers" and _TICKER.match(s):
            continue
        after = "" if after == "tickers" else after
        if _MAIL_FOOTER.match(s) and is_furniture_line(s):
            after, footer = "footer", 0
        elif len(s) < 80 and _SPONSOR.match(s):
            after = "ad"
            continue
        elif after == "ad":
            after = ""
            if len(s.split()) < AD_WORDS and not _REPORTED.search(s):
                continue
        elif _IN_THIS_ARTICLE.match(s):
            after = "tickers"
        elif after == "contact":
            if len(s.split()) < CONTACT_WORDS and not _SENTENCE_END.search(s) and _contact_line(s):
                continue
            after = ""
        if _CONTACT_HEAD.match(s):
            after = "contact"
        if is_furniture_line(line):
            continue
        if has_template(line):
            line = TEMPLATE.sub(" ", line)
            if not re.search(r"\w{2,}", line):
                continue
        line = _GLUED_PROMO.sub("", " ".join(line.split()))
        if line:
            out.append(line)
    return "\n\n".join(without_repeats(outside_story(out, is_taxonomy_line)))


STORY_LINE_WORDS = 8
"""A paragraph of this many words or more that ends a sentence is the story's text (a tag line is shorter)."""


def outside_story(paras: list[str], test) -> list[str]:
    """``paras`` without those that ``test`` marks and that stand above the first paragraph of the story's text or
    below its last (a sentence of :data:`STORY_LINE_WORDS` words or more); all of them when there is none."""
    marked = [n for n, p in enumerate(paras) if len(p) <= 600 and test(p)]
    if not marked:
        return paras
    story = [n for n, p in enumerate(paras) if len(p.split()) >= STORY_LINE_WORDS and _SENTENCE_END.search(p)]
    first, last = (story[0], story[-1]) if story else (len(paras), -1)
    drop = {n for n in marked if n < first or n > last}
    return [p for n, p in enumerate(paras) if n not in drop] if drop else paras


def _contact_line(line: str) -> bool:
    """True for a line a contact block holds: a number or an address ('Tel: 01234 567890', 'press@uni.example'), or
    only capitalised words (a name, a role, an office: 'Jane Roe, Communications Officer'); not a story's line
    under a heading 'Enquiries' ('Garden waste is collected every other week')."""
    return bool(_CONTACT_DETAIL.search(line)) or all(w[:1].isupper() or w in _CONTACT_SMALL for w in line.split())


_CONTACT_DETAIL = re.compile(r"\d|@")
_CONTACT_SMALL = {"of", "the", "and", "for", "&", "-", "|", "\u2013"}
_CONTACT_HEAD = re.compile(r"(?:(?:Media|Press|News) )?(?:Contacts?|Enquiries|Inquiries)\s*:?$", re.IGNORECASE)
CONTACT_WORDS = 12
"""The lines under a 'Media contact' heading with fewer words and no sentence's end (a name and role, an office, a
phone number) are the contact's, not the story's."""
_MAIL_FOOTER = re.compile(rf"{_RECEIVING}|Unsubscribe\b", re.IGNORECASE)
"""The footer of an e-mail newsletter saved as a page ('You are receiving this email because …', 'Unsubscribe'), when
the line is furniture: the short lines after it (preferences, the sender's postal address) are the footer's too."""
FOOTER_WORDS = 25
FOOTER_LINES = 8
"""A line after a newsletter's footer with fewer words is the footer's, up to this many lines: a line with more
ends the footer."""
_SPONSOR = re.compile(r"(?:Presented|Brought to you|Sponsored) by (?-i:[A-Z])[^.!?,;:]*$|(?:A )?Message from "
                      r"(?:our|this issue's) sponsors?\W*$|Sponsor(?:ed)?(?: message| content)?\s*[:|]?$", re.IGNORECASE)
"""A sponsor's label standing alone ('Presented by Harbour Savings'): it and the advertisement after it, a line of
fewer than :data:`AD_WORDS` words that reports nobody, are left out. ('Supported by …', 'Powered by …' and 'In
partnership with …' open subheadings too: 'Powered by Wind', 'Supported by Unions, Strike Spreads'.)"""
_IN_THIS_ARTICLE = re.compile(r"In this article\s*:?$", re.IGNORECASE)
_TICKER = re.compile(r"(?:- )?(?-i:[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\s*[+\u2212-]\s?\d{1,3}(?:\.\d{1,2})?%$")
"""The quotes of the companies a story names, listed after 'In this article:' ('FRRY +1.2%'); the same line in a
markets story ('GDP +2%', 'FTSE -1.2%') is the story's."""
AD_WORDS = 40


def is_furniture_line(line: str) -> bool:
    """True for a line that is page furniture wherever it stands: a promo, a notice, a tool bar or link row,
    a caption ending with its credit, an appeal for money ('… is a reader-supported site. Donate'), a reading
    time or a live blog's time stamp standing alone, a list of the story's tags under a CMS's label ('Tags: …'; one
    under an ordinary word, 'Labels: …', is furniture only outside the story's text: see
    :func:`without_furniture_lines`)."""
    s = line.strip()
    return (len(line) < 120 and bool(_PROMO.match(s) or _PROMO_INTL.match(s)) and not _REPORTED.search(s)) \
        or (len(s) < 220 and bool(_LABEL.match(s)) and not _REPORTED.search(s)) \
        or (len(line) < 400 and bool(_NOTICE.match(s)) and not _REPORTED.search(s)) \
        or _tool_line(s) or (len(line) < 300 and bool(_CREDIT_END.search(line))) \
        or (len(line) < 160 and (bool(_APPEAL.search(line)) or _support_button(s))) \
        or (len(line) < 600 and _reader_appeal(s)) \
        or (len(s) < 400 and bool(_BIO.match(s)) and bool(_REACH.search(s)) and not _REPORTED.search(s)) \
        or (len(s) < 100 and bool(_READING_TIME.search(s)) and not _SENTENCE_END.search(s)) \
        or (len(s) < 60 and bool(_STAMP.match(s)) and bool(re.search(r"\d[:.][0-5]\d", s))) \
        or (len(s) < 80 and bool(_STAMP_TIME_FIRST.match(s))) \
        or (len(s) < 80 and bool(_RUNNING_HEAD.match(s))) or is_taxonomy_line(s, sure=True) \
        or (len(s) < 120 and bool(_POSTAL.match(s)))


_POSTAL = re.compile(r"\d{1,5} (?-i:[A-Z])[\w.'-]*(?: [\w.'-]+){0,4} (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
                     r"Boulevard|Blvd\.?|Lane|Ln\.?|Way|Drive|Dr\.?|Place|Pl\.?|Square|Plaza)\b[^.!?]{0,80}?,? "
                     r"(?-i:[A-Z]{2}) \d{5}(?:-\d{4})?$", re.IGNORECASE)
"""A line that is only a postal address ending in a US state and ZIP code (an e-mail's or a site's footer)."""
_REPORTED = re.compile(r"\b(?:said|says|told|admitted|warned|urged|added|insisted|explained|according to)\b"
                       r"[^.!?]*[.!?][\"'\u201d\u2019]?$")
"""A sentence the story reports, its speaker named in it ('Have your say on the plans until Friday, the
council said.', 'Sign up to the scheme has been slow, officials admitted.'): story text, though it opens
with a promo's words; a link's title has no full stop ('Read more: Minister says talks will go on')."""
_READING_TIME = re.compile(r"(?<![\d.,])\d{1,3}\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
"""A short line with a reading time and no sentence's end is an article's meta line ('Ravi Shah · Follow ·
6 min read · Feb 3, 2025'), however its parts were run together."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?-i:(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|IST|AES?T|AEDT|JST|HKT|SGT))"
_STAMP = re.compile(
    rf"(?:(?:last )?(?:updated|published|posted|modified)(?: at| on)?:?\s+)?"
    rf"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}))?"
    rf"(?:,?\s*(?:at\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*[ap]\.?m\.?)?|\.[0-5]\d(?=\s*(?:[ap]\.?m|{_ZONE}))"
    rf"(?:\s*[ap]\.?m\.?)?))?(?:\s*{_ZONE}(?:[+-]\d{{1,2}})?)?$", re.IGNORECASE)
"""A line that is only a time or a date and time, or an 'Updated at' line ('14:52', '14.52 BST',
'Sun 12 Oct 2025 14.52 BST', 'Updated at 14:52 BST'): a live blog's stamp, not the story's. A line with a
time must say so ('3.45' alone is a number); a date without a time ('March 3, 2025') stays for the date
line read at the text's top, and a day with a time but no date ('Sunday 10.30am') is a listing's line."""
_STAMP_TIME_FIRST = re.compile(
    rf"(?:last )?(?:updated|published|posted)(?: on| at)?\s*:?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*"
    rf"(?:{_ZONE})?,?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})$", re.IGNORECASE)
"""An 'Updated' line with the time before the date ('Updated: 10:32 AM EST March 3, 2026')."""
_RUNNING_HEAD = re.compile(
    rf"(?-i:[A-Z][\w&'\u2019-]*(?: (?:of |the |and |& )?[A-Z][\w&'\u2019-]*){{0,5}})\s+[|\u00b7\u2022]\s+"
    rf"(?:(?:Issue|No\.|Vol\.?)\s*\d{{1,4}},?\s+)?(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}},?)?\s+\d{{4}}$",
    re.IGNORECASE)
"""A printed document's running head, its name and issue's month ('District News | February 2025', 'Parish Letter ·
Issue 12, May 2025'), kept by a PDF's conversion to a page."""
_PROMO_INTL = re.compile(
    r"^(?:Suscr[i\u00ed]bete\b|Lee sin l[i\u00ed]mites|Compartir en \w+$|Copiar enlace$|Archivado en\b|"
    r"Abonnez-vous\b|Je m'abonne\b|D[\u00e9e]j[\u00e0a] abonn[\u00e9e]|(?:Cet )?article r[\u00e9e]serv[\u00e9e] aux abonn[\u00e9e]s|"
    r"Lecture \d+ min|Offrir cet article|Ajouter \u00e0 vos s\u00e9lections|R\u00e9utiliser ce contenu|"
    r"Jetzt abonnieren\b|(?:Sie sind )?bereits Abonnent|Artikel verschenken|Zur Merkliste|Lesezeit\b|Abbonati (?:a|ora|per)\b|"
    r"Assine (?:j\u00e1|agora|o|a)\b)", re.IGNORECASE)
"""The same furniture in French, German, Spanish, Italian and Portuguese: subscription prompts, reading
times, gift, bookmark and share buttons, tag lists."""
_APPEAL = re.compile(r"(?:^|[.!?]\s+)(?:Donate|Support (?:us|Us|US)|Become a (?:member|supporter|subscriber))(?: (?:now|today))?\W*$")
"""A line that ends with a call for money, after its sentence or alone ('Donate now', 'Support us')."""
_SUPPORT_NAME = re.compile(r"^(?:SUPPORT|Support) ((?:THE |The |the )?[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,3})"
                           r"( (?:now|today|NOW|TODAY))?([!\s]*)$")


def _support_button(line: str) -> bool:
    """True for a button that is only the outlet's name after 'Support' ('Support The Harbour Post', 'Support
    ProPublica', 'Support NPR', 'Support News Herald', 'Support Grist today!'), not a subheading in title case
    ('Support Grows For Rail Plan', 'SUPPORT SLIPS'): the name opens with 'The', is one word written with inner
    capitals, or ends in a word outlets' names end in; or the line calls for it ('now', 'today', '!')."""
    m = _SUPPORT_NAME.match(line)
    if not m:
        return False
    words = m[1].split()
    if m[2] or "!" in m[3] or words[0].lower() == "the" or words[-1].lower() in OUTLET_ENDINGS:
        return True
    w = words[0]
    return len(words) == 1 and len(w) > 1 and not line.isupper() and (w.isupper() or any(c.isupper() for c in w[1:]))
_ASKS = re.compile(r"\b(?:support(?:ing)? (?:us|our (?:journalism|work|reporting|newsroom)|(?:independent|quality|"
                   r"local) journalism)|(?:make|give|consider) (?:us )?a (?:\w+ )?(?:contribution|donation|gift)|back us|"
                   r"chip in|donate (?:now|today|to us)|become a (?:paying |paid )?(?:member|supporter|subscriber))\b", re.IGNORECASE)
_JOURNALISM = re.compile(r"\b(?:journalism|newsroom|reporting|news coverage)\b", re.IGNORECASE)


def _reader_appeal(line: str) -> bool:
    """True for an outlet's appeal to its readers ('At …, we believe everyone needs high-quality journalism …
    Would you back us with a contribution?'): it names journalism, asks for money or support, speaks as 'we'
    to 'you', and is no sentence a story reports ('…, she said.')."""
    if not (_ASKS.search(line) and _JOURNALISM.search(line)) or _REPORTED.search(line):
        return False
    words = set(re.findall(r"[a-z]+", line.lower()))
    return (bool(words & {"we", "our", "us"}) and bool(words & {"you", "your"})) or bool(_PRICE.search(line))


_PRICE = re.compile(r"(?:[£$€]\s?\d+(?:[.,]\d{2})?|\b(?:\d+|one|two|three|four|five|ten) (?:pounds|dollars|euros))\s*"
                    r"(?:a|per|/|each)\s*(?:month|week|year|mo)\b", re.IGNORECASE)
"""A price by the month or year: an appeal that names one ('Become a paying member for five pounds a month and keep
local reporting free') asks for money, whoever it speaks to."""


_BIO = re.compile(r"(?-i:[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}) (?:is (?:an?|the) (?:[\w,-]+ ){0,6}?"
                  r"(?:reporter|journalist|writer|correspondent|editor|columnist|producer|photographer|contributor|"
                  r"critic|host|anchor|freelancer)\b|(?:covers|reports on|writes about) [^.!?]{1,80}"
                  r"\b(?:for|at) (?-i:(?:the |The )?[A-Z]))", re.IGNORECASE)
_REACH = re.compile(r"\b(?:can be reached|reach (?:him|her|them) at|follow (?:him|her|them)\b|email (?:him|her|them)\b|"
                    r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w{2,30}\b)", re.IGNORECASE)
"""An author's bio ('Dana Wu is a reporter at the Post covering city hall. She can be reached at …'): a name, a
journalist's role, and how to reach them (a story's description of a journalist gives no address)."""


_GLUED_PROMO = re.compile(r"(?<=[.!?\u201d\"])\s*(?:Read more|Continue reading|Read the full (?:story|article))"
                          r"\W{0,3}$", re.IGNORECASE)
"""A link set after a paragraph's last sentence ('… on Thursday.Read more')."""


_CREDIT_END = re.compile(
    r"(?:\((?i:(?:AP |AFP |Reuters |Getty |File |Staff )?Photo\b)[^()]{0,60}\)|\([^()]{1,50}/(?:AP|AFP|CBC|CP|Reuters|"
    r"Getty Images|The Canadian Press|Bloomberg|EPA)\)|\[(?:File:?\s*)?[A-Z][^\[\]]{0,49}/[A-Z][^\[\]]{0,29}\]|"
    r"\b(?:Photo(?:graph)?|Image|Picture)(?: credit)?(?: by)?:\s*[^.!?\u201d\"]{1,60}|\bREUTERS/[A-Z][\w .-]{1,40}|"
    r"\bCredit(?:\.\.\.|\u2026)\s*[^.!?]{1,60}|"
    r"/\s*(?:THE CANADIAN PRESS|AFP via Getty Images|Getty Images|Reuters|AP)|\bTHE CANADIAN PRESS/[A-Z][\w .'-]{1,40})\s*$")
"""A photo caption: a short paragraph that ends with its credit ('… Sunday. (AP Photo/Noah Berger)',
'… (Evan Ng/CBC)', '… [File: Sam Reed/Reuters]', '… Photo: Jon Hart for The Northern Review',
'… REUTERS/Thomas Mukoya', '… Sean Kilpatrick/THE CANADIAN PRESS', '… Credit...Ana Lee for The Times')."""
_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*")


def _tool_line(line: str) -> bool:
    """True for a line of a tool bar or a link row: no word of two letters ('|', 'A', '___'), or only promos and
    letters between separators ('Print this page | Email this story | Text size: A A A'). A table's row
    ('| Cola | Rs 10 |') is text."""
    if not line or (line.startswith("|") and line.endswith("|") and re.search(r"\w", line)):
        cells = [c.strip() for c in line.strip("|").split("|")]  # a table's row of buttons ('| Like | Comment |')
        return 1 < len(cells) <= 8 and all(c and len(c) < 40 and (_PROMO.match(c) or _LABEL.match(c)) for c in cells)
    if not re.search(r"[^\W_]{2}", line):  # ('|', 'A', a '___' rule)
        return True
    parts = [p for p in _SEPARATOR.split(line) if p]
    return len(parts) > 1 and all(_PROMO.match(p) or len(p) <= 2 for p in parts)
