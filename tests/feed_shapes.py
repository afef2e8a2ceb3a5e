"""News feeds in the shapes sites publish, generated here (no real feed is copied)."""

RSS_WORDPRESS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Quay &amp; Harbour Post</title>
<link>https://quaypost.example/</link>
<description>News from the harbour</description>
<item>
<title>Harbour master&#8217;s warning: &#8220;stay off the wall&#8221; &#8211; again</title>
<link>/2025/02/03/harbour-wall/</link>
<dc:creator><![CDATA[Ruth Cole]]></dc:creator>
<pubDate>Mon, 03 Feb 2025 08:30:00 +0000</pubDate>
<guid isPermaLink="false">https://quaypost.example/?p=4812</guid>
<description><![CDATA[<p>The harbour master has warned people to stay off the sea wall&#8230;</p>]]></description>
<content:encoded><![CDATA[<p>The harbour master has warned people to stay off the sea wall after three people were swept off it in a month.</p>
<p>&#8220;The wall is not a viewing platform,&#8221; said Captain Ian Burns. &#8220;The next wave could be the last one you see.&#8221;</p>
<figure><img src="/wp-content/uploads/wall.jpg" alt=""><figcaption>The sea wall at high tide. Photo: Ruth Cole</figcaption></figure>
<p><strong>Related:</strong> <a href="/2025/01/20/storm/">Storm damages harbour wall</a></p>
<p>Signs will be put up at both ends of the wall this week, the council said. Read the <a href="/notices/wall">full notice</a>.</p>
<p>The post <a href="https://quaypost.example/2025/02/03/harbour-wall/">Harbour master&#8217;s warning</a> appeared first on <a href="https://quaypost.example">The Quay &amp; Harbour Post</a>.</p>
]]></content:encoded>
</item>
<item>
<title>Ferry timetable changes from March</title>
<link>https://quaypost.example/2025/02/04/ferry/</link>
<author>desk@quaypost.example (Sam Idris)</author>
<pubDate>Tue, 04 Feb 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The island ferry will run two fewer sailings a day from March, the operator said on Tuesday.&lt;/p&gt;&lt;p&gt;&lt;a href="/2025/02/04/ferry/"&gt;Continue reading &amp;rarr;&lt;/a&gt;&lt;/p&gt;</description>
</item>
<item>
<title>Minister backs harbour barrier</title>
<link>https://quaypost.example/2025/02/05/minister/</link>
<dc:creator>Jos&#233; Garc&#237;a</dc:creator>
<pubDate>Wed, 05 Feb 2025 12:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>The housing minister welcomed the council&#8217;s vote on the harbour barrier.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Today&#39;s vote is a start, not the end. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Jane Minister (@janeminister) <a href="https://twitter.com/janeminister/status/9">February 5, 2025</a></blockquote>
<p>Work on the barrier is due to start in the summer.</p>]]></content:encoded>
</item>
</channel></rss>"""
"""A WordPress RSS 2.0 feed: content:encoded in CDATA with entities, a caption, a 'Related:' line and the
'The post … appeared first on …' footer; dc:creator; a relative item link; an item with only a
description ending 'Continue reading →' and an RSS author 'address (Name)'."""

ATOM_XML_BASE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://fieldnotes.example/">
<title type="text">Field Notes</title>
<link href="https://fieldnotes.example/"/>
<id>tag:fieldnotes.example,2025:feed</id>
<updated>2025-05-02T09:00:00Z</updated>
<entry>
<title type="html">Farmers &amp;amp; the new &lt;em&gt;soil&lt;/em&gt; rules</title>
<link rel="alternate" href="posts/soil-rules"/>
<id>tag:fieldnotes.example,2025:soil</id>
<published>2025-05-01T07:00:00Z</published>
<updated>2025-05-02T09:00:00Z</updated>
<author><name>Mari Evans</name></author>
<content type="html">&lt;p&gt;New rules on soil testing come into force on Monday for farms larger than 20 hectares.&lt;/p&gt;&lt;p&gt;&amp;ldquo;Most of us test already,&amp;rdquo; said Dai Pritchard, who farms near Brecon.&lt;/p&gt;&lt;p&gt;See the &lt;a href="/guides/soil"&gt;guide&lt;/a&gt;.&lt;/p&gt;</content>
</entry>
<entry>
<title>Hedgerow grants reopen</title>
<link rel="alternate" type="text/html" href="https://fieldnotes.example/posts/hedgerows"/>
<id>tag:fieldnotes.example,2025:hedge</id>
<updated>2025-04-20T09:00:00Z</updated>
<author><name>Mari Evans</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Grants for planting hedgerows reopen next week, with up to &#163;15 a metre available.</p><p>Applications close in June.</p></div></content>
</entry>
</feed>"""
"""An Atom feed with xml:base and a relative entry link, an escaped-HTML title and content, an XHTML
content entry, and published beside updated."""

GOOGLE_NEWS_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Top stories - Google News</title>
<link>https://news.google.com/?hl=en-GB</link>
<item>
<title>Harbour minister resigns over leaked report - Harbour Daily</title>
<link>https://news.google.com/rss/articles/CBMiWmh0dHBzOi8vaGFyYm91cmRhaWx5?oc=5</link>
<guid isPermaLink="false">CBMiWmh0dHBzOi8vaGFyYm91cmRhaWx5</guid>
<pubDate>Tue, 05 Mar 2024 15:45:00 GMT</pubDate>
<description>&lt;a href="https://news.google.com/rss/articles/CBMiWm?oc=5" target="_blank"&gt;Harbour minister resigns over leaked report&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Harbour Daily&lt;/font&gt;</description>
<source url="https://www.harbourdaily.example">Harbour Daily</source>
</item>
</channel></rss>"""
"""Google News: each item's outlet in ``<source>``, its name after the headline and after the summary."""

SECTION_FEEDBURNER_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Politics | The Harbour Post</title>
<link>https://www.harbourpost.example/politics</link>
<item>
<title>Council tax to rise by 5 percent</title>
<link>https://feeds.feedburner.example/~r/harbourpost/politics/~3/x1/</link>
<feedburner:origLink>https://www.harbourpost.example/politics/2025/02/20/council-tax/</feedburner:origLink>
<dc:creator>Nia Rowe</dc:creator>
<dc:date>2025-02-20T09:00:00Z</dc:date>
<media:content url="https://www.harbourpost.example/img/hall.jpg" medium="image"><media:credit>Photo: Jo Lee</media:credit></media:content>
<description><![CDATA[<p>Council tax in the borough will rise by 5 percent from April, the council decided on Wednesday night.</p><p>&#8220;We have no other way to protect adult social care,&#8221; said council leader Ian Fox.</p>]]></description>
</item>
</channel></rss>"""
"""A section feed titled 'Politics | The Harbour Post', served through FeedBurner (the item's own address in
``feedburner:origLink``), a Dublin Core date and creator, a media credit."""
