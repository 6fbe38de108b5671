package dev.moddesk.app.demo;

import java.util.List;
import java.util.Random;

/**
 * Word lists and sentence templates for {@link DemoData}: a defence-news blog's readers, its spammers and
 * the blogs that link to it. Templates fill {@code {t}} with the post's topic, {@code {x}} with a general
 * defence subject, {@code {c}} with a country and {@code {n}} with a number. Content is stored as WordPress
 * stores it: raw HTML, ampersands as {@code &amp;}, paragraphs separated by a blank line.
 */
final class DemoText {
    private DemoText() {
    }

    static final List<String> SUBJECTS = List.of("spare parts", "the training pipeline", "ammunition stocks",
            "the supply chain", "radar upgrades", "crew retention", "the export licence", "the test programme",
            "software integration", "the maintenance backlog", "recruitment", "the fixed-price contract",
            "industrial capacity", "the logistics tail", "air defence interceptors", "the reserve fleet");

    static final List<String> COUNTRIES = List.of("Poland", "Norway", "Australia", "Japan", "Finland", "Canada",
            "the Netherlands", "South Korea", "Germany", "France", "Sweden", "Estonia", "Italy", "Turkey");

    static final List<String> SENTENCES = List.of(
            "Good piece, but I think you underplay how much {t} depends on {x}.",
            "I worked on {x} for {n} years and this matches what I saw from the inside.",
            "The real problem with {t} is money, not engineering.",
            "Has anyone seen actual numbers for {t}? The article mentions {n}% but gives no source.",
            "Interesting that nobody mentions {x} here.",
            "I remember when {t} was supposed to be the cheap option.",
            "This is exactly what happened with {x} in the nineties.",
            "Not convinced. {c} tried the same approach and it took a decade.",
            "Fair point about {t}, though the timeline still looks optimistic to me.",
            "Procurement always promises the earth and delivers late.",
            "Thanks for the balanced write-up, rare these days.",
            "The workforce is the bottleneck, not the factories.",
            "Does anyone know whether {c} has placed a firm order yet?",
            "{T} would be fine if the requirement had been frozen early.",
            "I'd like to see a follow-up on {x}.",
            "People forget that training takes longer than building the kit.",
            "Spot on. Stocks were run down for thirty years and nobody in the Treasury cared.",
            "The comparison with {c} is a bit unfair: they started with a much bigger industrial base.",
            "{T} is a political decision dressed up as a technical one.",
            "I'd call the schedule for {t} <em>optimistic</em> at best.",
            "<strong>Source?</strong> That figure of {n}% looks made up to me.",
            "The whole thing hinges on {x}, and that is <strong>not</strong> going to be fixed by a press release.",
            "Worth reading the parliamentary committee report alongside this; it is far less rosy about {t}.",
            "As a former logistics officer I can tell you {x} is where these programmes really die.",
            "The unit cost quoted is meaningless without {x} included.",
            "We had the same debate about {x} in {c} and the answer was: buy off the shelf.",
            "The requirement still says <code>STANAG 4569 Level 4</code>, so the cheaper option was never on the table.",
            "Minor correction: the contract was signed in 2019, not last year.",
            "Great photos, by the way.",
            "Honestly, {t} looks like the right call, just {n} years too late.",
            "Why does every article about {t} ignore {x}?",
            "I'd rather have fewer platforms that actually work than more that sit in the hangar.",
            "{c} manages R&amp;D on a fraction of the budget, so it can be done.",
            "Read the small print: the {n} units include the training airframes.",
            "My son serves in the reserves and says the kit situation is better than the headlines suggest.",
            "Somebody has to say it: {t} was oversold from day one.",
            "The integration work is specified against <code>MIL-STD-1553</code>, which tells you how old the design is.",
            "Good to see someone covering {x} properly instead of just the headline figure.");

    static final List<String> QUESTIONS = List.of(
            "What happens to {x} if the budget is cut again?",
            "Is {t} actually funded beyond {n}?",
            "Would {c} be a better partner for this?",
            "How many of these are really available on a given day?",
            "Any chance of a piece on {x} next?");

    static final List<String> SOURCE_LINKS = List.of(
            "<a href=\"https://www.nao.org.uk/reports/\">the audit office report</a>",
            "<a href=\"https://www.sipri.org/databases/milex\">SIPRI's figures</a>",
            "<a href=\"https://www.gao.gov/topics/national-defense\">the GAO review</a>",
            "<a href=\"https://en.wikipedia.org/wiki/Main_battle_tank\">the Wikipedia overview</a>");

    static final List<String> EMOJI = List.of(" 👍", " 🇺🇦", " 🚀", " 👨‍✈️", " 🙄", " 👍🏽", " 🫡", " 🏳️‍🌈", " 😅",
            " 🇰🇷", " ⚓");

    static final List<String> RUSSIAN = List.of(
            "Хорошая статья, но сроки явно нереалистичные.",
            "А кто будет платить за всё это? Бюджет не резиновый.",
            "Спасибо за подробный разбор, очень интересно.",
            "Производство снарядов — главная проблема, согласен с автором.",
            "Интересно, сколько из этого реально дойдёт до войск.");

    static final List<String> UKRAINIAN = List.of(
            "Дякую за статтю! Слава Україні! 🇺🇦",
            "ППО потрібна вже зараз, а не через п'ять років.",
            "Дрони змінили все, і ця стаття це добре пояснює.");

    static final List<String> KOREAN = List.of(
            "K2 전차 수출 소식 반갑네요. 폴란드 계약이 정말 큰 의미가 있습니다.",
            "좋은 기사 감사합니다. 후속 기사도 기대할게요.",
            "결국 생산 속도가 관건이라고 생각합니다.",
            "현대로템 주가가 오른 이유가 있었군요 ㅎㅎ",
            "한국 방산 기술이 여기까지 왔다니 놀랍습니다 👍");

    static final List<String> INSULTS = List.of(
            "Only an idiot would believe {t} is on schedule.",
            "Go back to your video games, armchair general.",
            "You clearly have no clue what you're talking about, moron.",
            "Shut up, you useless shill.",
            "WHAT A PATHETIC TAKE. DO YOUR HOMEWORK.",
            "Typical propaganda from a paid troll. Pathetic.",
            "The author is a clown and so is everyone agreeing with him.",
            "Get lost, you brainless keyboard warrior.");

    static final List<String> EDITOR = List.of(
            "Thanks, fair point: we'll look at {x} in a follow-up piece.",
            "Good catch, corrected in the article. Thanks!",
            "Please keep it civil, folks. Comments that attack other readers will be removed.",
            "The figure comes from the ministry's answer to a parliamentary question; the link is now in the article.",
            "We asked the manufacturer about {t} and will update the piece when they reply.");

    static final List<String> PING_BLURBS = List.of(
            "Defence Weekly has a good piece on {t} this week",
            "as Defence Weekly points out, {t} is running late again",
            "worth reading alongside the Defence Weekly analysis of {t}",
            "for the other side of the argument see Defence Weekly on {t}");

    // ---- spam ----

    static final List<String> SPAM_DOMAINS = List.of("bonus-casino-777.xyz", "cheap-pills-rx.top",
            "crypto-profit-now.biz", "seo-rank-boost.xyz", "replica-watches-sale.shop", "diplom-kupit.ru",
            "toto-site-best.kr", "loan-fast-approval.info", "essay-writer-pro.online", "cheap-followers.click");

    static final List<String> SPAM_ANCHORS = List.of("cheap viagra", "online casino", "buy followers",
            "payday loans", "replica watches", "essay writing service", "best VPN deals", "cialis 20mg",
            "free spins", "bitcoin doubler", "weight loss pills", "seo backlinks");

    static final List<String> CASINO_PHARMA = List.of(
            "Best online casino 2026 — 500% welcome bonus + 200 free spins! No deposit needed. {link}",
            "Buy viagra online without prescription, cheap cialis 20mg, fast discreet worldwide delivery. {link}",
            "Play slots for real money!!! Instant withdrawal, VIP cashback, licensed casino {link}",
            "Generic tramadol, xanax, valium — no prescription needed, overnight shipping {link}",
            "먹튀검증 토토사이트 추천 — 안전놀이터 가입코드 7777 {link}",
            "Lose 15 kg in 2 weeks with our keto pills, doctors hate this trick {link}");

    static final List<String> CRYPTO = List.of(
            "I started with $500 and now earn $12,400 every week trading Bitcoin with the help of Mrs. Laura Bennett. "
                    + "Contact her on WhatsApp +44 7700 900461 and thank me later.",
            "I lost $86,000 to a fake investment platform and got every penny back thanks to a recovery expert. "
                    + "Email recoverywizard@protonmail.com, they are legit!!",
            "Forget defence stocks, this new AI crypto token will 100x before Christmas. Presale ends soon: {link}",
            "Passive income opportunity: earn 3% daily with our USDT staking pool, withdraw any time {link}",
            "Elon is giving away 5,000 BTC to celebrate, send 0.1 BTC and receive 0.2 BTC back instantly {link}");

    static final List<String> COMPLIMENTS = List.of(
            "Nice post! Very informative, thanks for sharing.",
            "I really like your blog. Keep up the good work!",
            "Wow, this paragraph is good, my younger sister is analyzing these things, thus I am going to let know her.",
            "Great article. I will bookmark your site and check again here regularly.",
            "Hello there! This is my first visit to your blog! We are a collection of volunteers and starting a new "
                    + "project in a community in the same niche. Your blog provided us valuable information.",
            "Excellent write-up. I definitely love this site. Continue the good work!",
            "Thanks for finally writing about this topic, it was very helpful for me.");

    static final List<String> CYRILLIC_SPAM = List.of(
            "Купить диплом о высшем образовании недорого с доставкой по всей России. {link}",
            "Прогон сайта по базам xrumer, быстрый рост позиций в поиске! Пишите в телеграм @seo_progon",
            "Займ на карту без отказа и проверок за 5 минут {link}",
            "Лучшие ставки на спорт, бонус новым игрокам 10000 рублей {link}",
            "Продам базы email для рассылок, свежие, 2026 год. {link}");

    static final List<String> JUNK = List.of("a", "f", "k", "!", "?", "asd", "qwe", "lol", "😂", "xx", "zz");

    static final List<String> SPAM_NAMES = List.of("Cheap Viagra Online", "bestcasino777", "Crypto Expert Laura",
            "SEO Agency London", "Replica Watches", "Payday Loans UK", "essay writer", "Dmitry Seo",
            "Купить диплом", "BTC Recovery Expert", "Online Pharmacy", "토토사이트", "Keto Pills Official",
            "casino bonus", "Mariah Fleming", "Jessica Hunter", "Follower Boost");

    static final List<String> SPAM_AGENTS = List.of(
            "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)",
            "python-requests/2.31.0",
            "curl/8.4.0",
            "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36",
            "");

    // ---- people ----

    static final List<String> AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
            "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36");

    static final List<String> FIRST_NAMES = List.of("James", "Oliver", "Emma", "Sophie", "Michael", "Hannah", "Daniel",
            "Lars", "Ingrid", "Piotr", "Katarzyna", "Marco", "Giulia", "Pierre", "Camille", "Thomas", "Anna", "Mehmet",
            "Ayşe", "Kenji", "Yuki", "Rahul", "Aisha", "Connor", "Niamh", "Brian", "Helen", "Stuart", "Fiona", "Joost");

    static final List<String> LAST_NAMES = List.of("Walker", "Hughes", "Fraser", "Jensen", "Lindqvist", "Kowalski",
            "Rossi", "Dubois", "Müller", "Novak", "Yılmaz", "Tanaka", "Sharma", "Khan", "Murphy", "Campbell",
            "Evans", "de Vries", "Baker", "Reid", "Patel", "Haddad", "Okafor", "Nielsen");

    static final List<String> MAIL_DOMAINS = List.of("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me",
            "icloud.com", "hotmail.com", "gmx.de", "btinternet.com", "web.de", "orange.fr");

    /** Other blogs that ping us back: name, base URL. */
    static final List<String[]> BLOGS = List.of(
            new String[] {"Naval Gazing Review", "https://navalgazing.example.net"},
            new String[] {"The Logistics Lieutenant", "https://loglt.example.org"},
            new String[] {"Thin Pinstriped Line Digest", "https://tpl-digest.example.com"},
            new String[] {"Wings over the Baltic", "https://baltic-wings.example.net"},
            new String[] {"Procurement Watch", "https://procwatch.example.org"});

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** Fills a template's slots; {@code {T}} is the topic with a capital first letter. */
    static String fill(String template, Random r, String topic) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        String t = template;
        if (t.contains("{T}")) {
            t = t.replace("{T}", Character.toUpperCase(topic.charAt(0)) + topic.substring(1));
        }
        if (t.contains("{t}")) {
            t = t.replace("{t}", topic);
        }
        if (t.contains("{x}")) {
            t = t.replace("{x}", pick(r, SUBJECTS));
        }
        if (t.contains("{c}")) {
            t = t.replace("{c}", pick(r, COUNTRIES));
        }
        if (t.contains("{n}")) {
            t = t.replace("{n}", Integer.toString(2 + r.nextInt(38)));
        }
        return t;
    }
}
