/**
 * Rule data for the cleaner: tag sets, class/id patterns and phrase patterns.
 * Logic lives in the other modules; changing what counts as boilerplate is an edit here.
 */

/** Elements never part of the text: code, media, form controls, metadata. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'video', 'audio', 'source', 'track', 'picture', 'img', 'map', 'button', 'select', 'option', 'input',
  'textarea', 'label', 'link', 'meta', 'base', 'head', 'title', 'dialog', 'nav', 'aside', 'footer', 'menu',
  'figcaption', 'fieldset', 'legend', 'datalist', 'output', 'progress', 'meter', 'applet', 'area', 'param', 'wbr',
]);

/** `role` values that mark page chrome. */
export const DROP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'toolbar', 'tooltip', 'tablist']);

/** Blocks: each starts a new paragraph in the rendered text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'figure', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption', 'body', 'html',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags whose own text is a scored paragraph (a <section> only when it has no blocks). */
export const SCORED_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'section']);

/** Containers whose loose text (outside their blocks) counts as a paragraph. */
export const INLINE_PROSE_HOSTS = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote', 'font', 'center']);

/** Starting score of a container by tag: prose lives in divs and articles, not in lists and headings. */
export const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 0, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Elements inside the article judged by their shape (links, images, inputs), as Readability's "clean conditionally". */
export const SHAPE_JUDGED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'figure', 'header', 'span', 'center', 'font', 'p']);

export const REGEXPS = {
  /** class/id of chrome: `<div class="sidebar-related">`, `<section id="comments">`. */
  unlikely:
    /(^|[\s_-])(ad-?break|ads?|advert\w*|agegate|banner|breadcrumbs?|combx|comment(s|list|-list|_list)?|community|consent|cookies?|cover-wrap|disqus|extra|foot(er)?|gdpr|header|legends?|masthead|menu|meta|modal|nav(bar|igation)?|newsletter|outbrain|pager|pagination|popup|promo(tion)?|recirc\w*|related|remark|replies|rss|share(bar|tools)?|shoutbox|sidebar|skyscraper|social|sponsor(ed)?|subscri(be|ption)|taboola|tags?|toolbar|tools|trending|tweet-?button|widgets?|most-?(read|popular|viewed)|more-?(stories|news|articles)|latest-?(news|posts|stories)?|read-?more|signup|sign-?up|login|byline|bio|biography|extended-?bio|post-?meta(data)?|post-?info|entry-?meta|entry-?utility|socialize\w*|author[-_]?(bio|box|info|block|text|details|description|profile)|about[-_]?(the[-_]?)?author|post[-_]?author|profile[-_]?(block|container|textblock|box)|dateline|caption|credits?|print|breaking|ticker|alert)($|[\s_-])/i,
  /**
   * One class or id token naming reader comments: `ol.commentlist`, `div#comments`, `div#c1234567`.
   * Whole tokens only, so "has-comments" on an article wrapper is not one.
   */
  commentsToken:
    /^(comments?|commentlist|commentblock|commentbody|comments?[-_]?(list|block|body|content|text|area|section|container|displayed|wrap(per)?|thread|tpl|holder|box)|disqus_thread|coms|(comment|com)[-_]?\d+|c\d{5,})$/i,
  /** class/id that rescues an element from `unlikely`: `<div class="article-body header-less">`. */
  maybeContent: /and|article|body|column|content|main|shadow|story|entry|post-?text|text|embed|(^|\s)blog\d*(\s|$)/i,
  /** class/id that raises a container's score. */
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text|(^|[\s_-])(embed(ded)?|tweet|twitter-tweet)($|[\s_-])/i,
  /** class/id that lowers a container's score. */
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|newsletter|subscribe|recirc|teaser/i,
  /** Containers that are the article body by name: itemprop=articleBody, `.entry-content`, `.article-body`. */
  articleBodyName: /(^|[\s_-])(article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|story-?body|story-?content|body-?text|article__body|article__content|content__article-body|text-?content|news-?text|news-?body|field-?body|rich-?text|td-post-content|single-?content)($|[\s_-])/i,
  /** Short lines that are chrome even inside the article. */
  boilerplateLine:
    /^(advertisement|advertising|advert|ad|anzeige|publicidad|publicidade|реклама|sponsored( content| links| stories)?|don'?t miss|must read|more in [\w ]{1,30}|see more( [\w ]{1,30})?|tags?:?|tagged:?|keywords:?|this (slideshow|video|content) requires javascript\.?|(please )?enable javascript.*|(sorry,? )?your browser (does not|doesn'?t|cannot|can'?t) (support|show|display|handle) (frames|javascript).*|this (page|site) (uses|requires) frames.*|read more|read next|read also|also read|see also|related( stories| articles| news)?|more (news|stories)|share( this( article| story)?)?|share on \w+|follow us( on \w+)?|subscribe( now| to our \w+)?|sign up( for \w+)?|click here.*|continue reading|recommended( for you)?|this article was originally published.{0,60}|you might also like|most (read|popular|viewed)|comments?|\d+ comments?|leave a (comment|reply)|(blog )?comments powered by disqus\.?|no comments yet\.?|print|email|tweet|facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link|skip to (main )?content|back to top|all news|quick search|advanced search|reset all|photo:.*|image:.*|(photo|image|picture) (credit|courtesy).*|©.*|getty images|reuters|ap photo.*|afp.*)$/i,
  /** Filing lines under a post: "Posted in News, Courts | 3 Comments", "Tags: appeal, detention", "Filed under: Europe". */
  filingLine: /^(posted in|filed (in|under)|tags?|tagged( with| as)?|categor(y|ies)|labels?|topics?)\b\s*[:|]?\s*\S/i,
  /** Teaser lines that start with a cue: "Read more: ...", "Related: ...", "READ ALSO | ...". */
  teaserCue: /^(read (more|also|next)|also read|see (also|more)|related( story| article| coverage)?|more on this|recommended|watch|listen)\s*[:|»>–—-]/i,
  /** Photo credits written as text: "© Name/CC BY 2.0", "Photo: AFP". */
  photoCredit: /^(©|\(c\)|copyright\b|photo( by|:)|image( by|:)|picture:|credit:|foto:)|[|/]\s*(getty( images)?|afp|reuters|ap( photo)?|epa(-efe)?|shutterstock|alamy|bloomberg|ria novosti|tass)\s*([|/].*)?$/i,
  /** Sentence punctuation counted as a sign of prose. */
  commas: /[,，、،]/g,
  /** Hidden by inline style. */
  hiddenStyle: /display\s*:\s*none|visibility\s*:\s*hidden/i,
  /** Byline lines at the top or bottom of the article text: "By Jane Roe", "Reporting by ...". */
  bylineLine: /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Оо]т|[Аа]втор:?)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}\p{Ll}][\p{L}.'’-]+){0,4}(\s*(,|and|&|\||-|–|—|·|•|\/)\s*.{0,60})?$/u,
  /** Agency credit lines closing wire copy: "(Reporting by ...; Editing by ...)". */
  reportingCredit: /^\(?(reporting|additional reporting|writing|editing) by\b.{0,200}\)?$/i,
} as const;

/** Newsletter pitches anywhere in the text: "Get the latest updates in your inbox. Subscribe to our newsletters." */
export const NEWSLETTER_PITCH = /\b(newsletters?|inbox)\b.{0,80}\b(subscribe|sign up)\b|\b(subscribe|sign up)\b.{0,80}\b(newsletters?|inbox)\b/i;

/** Headings that open a list of other articles at the end of the text, in the languages of the sources. */
export const RELATED_HEADING =
  /^(related( posts| articles| stories| news| content| coverage)?|you (may|might) (also )?(like|be interested in)|more (stories|news|articles) (from|on|about)\b.*|more( \S+){0,3} (stories|articles|posts)|read next|recommended( for you| reading)?|trending( now)?|most (read|popular)|popular (posts|stories)|você (pode|poderá) gostar.*|leia (também|mais)|veja também|notícias relacionadas|lee también|te puede interesar|noticias relacionadas|à lire aussi|lire aussi|sur le même sujet|lesen sie auch|mehr zum thema|читайте также|смотрите также|похожие (статьи|новости|материалы)|самые (популярные|читаемые)( \S+)?|другие новости|по теме|leggi anche|articoli correlati)[.:…]*$/i;

/** A link closing a teaser: "Read more...", "Continue reading »", "Full story". */
export const READ_MORE_LINK = /^(read (more|on|the rest)|continue reading|full (story|article)|more)\b[\s.…»›>→]*$/i;

/** Headings that open the reader comments or trackbacks under an article: the article ended before them. */
export const COMMENTS_HEADING =
  /^((\d+|no)\s+)?(comments?|responses?|replies|trackbacks?|pingbacks?|reader comments|discussion|(comments?|responses?|replies|thoughts?) (to|on) .{1,160}|leave a (comment|reply)|post a comment|add (a|your) comment|join the discussion|kommentare|commentaires|comentarios|комментарии)\s*[.:!»›→]?$/i;

/** "About <organisation>" boilerplate closing press releases; notes to editors; "About the author" opening a bio. */
export const ABOUT_SECTION =
  /^(about (the )?[\p{Lu}][\p{L}\p{N}&.' -]{1,60}|[Aa]bout (the|this) (author|writer|speaker|blogger|contributor)s?|notes? to editors|media contacts?|press contacts?|for (more|further) information,? (please )?contact.{0,80})[.:]?$/u;

/** Cues that a short block after the article is a call to action, not text. */
export const CALL_TO_ACTION = /^(subscribe|you can follow any responses to this entry|sign up|join our|get our|newsletter|donate|support (us|our)|please select the topic|type of information you wish|enter your e-?mail|your e-?mail)/i;
