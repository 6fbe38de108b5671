package dev.moddesk.app.demo;

import static dev.moddesk.app.demo.DemoText.pick;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Who comments on the demo site: the editor, regular readers, passers-by, and recurring spammers. */
final class DemoPeople {
    private DemoPeople() {
    }

    /** A commenter: the same person keeps name, email, URL, address and browser. */
    record Persona(String name, String email, String url, String ip, String agent, String lang,
                           long userId) {
    }

    enum SpamKind { LINKS, CASINO_PHARMA, CRYPTO, SEO_COMPLIMENT, CYRILLIC, JUNK }

    static final Persona EDITOR = new Persona("Defence Weekly Editor", "editor@demo.moddesk.invalid",
            DemoData.SITE_URL, "192.0.2.10", DemoText.AGENTS.get(1), "en", 2);

    static List<Persona> regulars(Random r) {
        List<Persona> list = new ArrayList<>();
        // Named regulars first: the skewed pick below makes them the most frequent commenters.
        list.add(person(r, "Col. (ret.) Martin Hale", "m.hale@outlook.com", "", "en", 7));
        list.add(person(r, "Hoplite42", "hoplite42@gmail.com", "", "en", 0));
        list.add(person(r, "Алексей Смирнов", "a.smirnov@mail.ru", "", "ru", 0));
        list.add(person(r, "김민준", "minjun.kim@naver.com", "", "ko", 0));
        list.add(person(r, "🛡️ ShieldWall", "shieldwall@proton.me", "", "en", 0));
        list.add(person(r, "Seán O'Brien", "sean.obrien@eircom.net", "https://seanobrien.example.net/", "en", 0));
        list.add(person(r, "MARK THOMPSON", "MARK.THOMPSON@YAHOO.COM", "", "en", 0));
        list.add(person(r, "Ольга Кузнецова", "olga.k@yandex.ru", "", "ru", 0));
        list.add(person(r, "👩‍✈️ Sky Mum", "skymum@icloud.com", "", "en", 0));
        list.add(person(r, "Zoë Åkesson", "zoe.akesson@telia.se", "", "en", 0));
        list.add(person(r, "Олександр Коваленко", "o.kovalenko@ukr.net", "", "uk", 0));
        list.add(person(r, "bob", "bob@", "", "en", 0));
        list.add(person(r, "이서연", "seoyeon.lee@daum.net", "", "ko", 0));
        list.add(person(r, "Jürgen Bäumer", "J.Baeumer@Web.DE", "", "en", 0));
        list.add(person(r, "Anonymous", "", "", "en", 0));
        list.add(person(r, "Tom & Jerry's Surplus", "sales@tjsurplus.example.com",
                "https://tjsurplus.example.com/?ref=dw&src=comments", "en", 0));
        list.add(person(r, "Navy Wife 🇺🇸", "navywife@aol.com", "", "en", 0));
        list.add(person(r, "Dr. Priya Raman", "p.raman@kcl.ac.uk", "https://priya-raman.example.org/", "en", 0));
        list.add(person(r, "Dave_from_Ohio", "davefromohio", "", "en", 0));
        list.add(person(r, "박지훈", "jihoon.park@kakao.com", "", "ko", 0));
        list.add(person(r, "Greg", "greg@@gmail.com", "", "en", 0));
        list.add(person(r, "TankNerd 🪖", "tanknerd@gmail.com", "", "en", 0));
        list.add(person(r, "Jean-Luc Moreau", "jl.moreau@orange.fr", "", "en", 0));
        for (int i = 0; i < 90; i++) {
            list.add(stranger(r));
        }
        return list;
    }

    private static Persona person(Random r, String name, String email, String url, String lang, long userId) {
        return new Persona(name, email, url, ip(r), pick(r, DemoText.AGENTS), lang, userId);
    }

    /** Someone new: a name from the lists and an email that is usually, not always, valid. */
    static Persona stranger(Random r) {
        String first = pick(r, DemoText.FIRST_NAMES);
        String last = pick(r, DemoText.LAST_NAMES);
        String f = ascii(first);
        String l = ascii(last);
        int style = r.nextInt(100);
        String name = style < 60 ? first + " " + last
                : style < 75 ? first
                : style < 85 ? f + "_" + l + (10 + r.nextInt(90))
                : first.charAt(0) + ". " + last;
        String domain = pick(r, DemoText.MAIL_DOMAINS);
        int mail = r.nextInt(100);
        String email = mail < 70 ? f + "." + l + "@" + domain
                : mail < 85 ? f + l + (r.nextInt(99) + 1) + "@" + domain
                : mail < 90 ? (f + "." + l + "@" + domain).toUpperCase(Locale.ROOT)
                : mail < 95 ? ""
                : pick(r, List.of(f + "@", f + "." + l + "@gmail", f + " " + l + "@hotmail.com", f + "@@" + domain));
        String url = r.nextInt(100) < 12 ? "https://" + f + l + ".example.net/" : "";
        return new Persona(name, email, url, ip(r), pick(r, DemoText.AGENTS), "en", 0);
    }

    /** Lower-case ASCII for an email or a handle: "Müller" → "muller", "de Vries" → "devries". */
    private static String ascii(String name) {
        String s = Normalizer.normalize(name.replace("ı", "i").replace("ß", "ss"), Normalizer.Form.NFD);
        return s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** An address from the documentation ranges: TEST-NET IPv4 (three in four) or 2001:db8::/32. */
    private static String ip(Random r) {
        if (r.nextInt(4) > 0) {
            String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
            return nets[r.nextInt(3)] + (1 + r.nextInt(254));
        }
        return String.format(Locale.ROOT, "2001:db8:%x:%x::%x", r.nextInt(0x10000), r.nextInt(0x10000),
                1 + r.nextInt(0xffff));
    }

    /** Recurring spam identities, four per kind, so an author's history says "spammed before". */
    static List<List<Persona>> spammers(Random r) {
        List<List<Persona>> byKind = new ArrayList<>();
        for (SpamKind kind : SpamKind.values()) {
            List<Persona> list = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                list.add(spammer(r, kind));
            }
            byKind.add(list);
        }
        return byKind;
    }

    private static final String[] BOTNET = {"203.0.113.66", "203.0.113.67", "203.0.113.201", "198.51.100.23",
        "198.51.100.99", "2001:db8:bad:1::17", "2001:db8:bad:1::18", "192.0.2.250"};

    static Persona spammer(Random r, SpamKind kind) {
        String domain = pick(r, DemoText.SPAM_DOMAINS);
        String handle = Long.toString(36L * 36 * 36 + r.nextInt(36 * 36 * 36 * 35), 36);
        String name;
        String email;
        String url = "https://" + domain + "/";
        switch (kind) {
            case SEO_COMPLIMENT:
                name = r.nextBoolean() ? url : pick(r, List.of("best seo services london", "SEO Agency London",
                        "Buy Backlinks Cheap", "web design dubai"));
                email = r.nextBoolean() ? "seo." + handle + "@gmail.com" : "info@" + domain;
                break;
            case CYRILLIC:
                name = pick(r, List.of("Купить диплом", "Ирина", "Сергей Прогонов", "Займы онлайн", "Дмитрий"));
                email = handle + (r.nextBoolean() ? "@mail.ru" : "@yandex.ru");
                break;
            case JUNK:
                name = pick(r, List.of("asdf", "aaaa", "qwerty", "xxx", "kkkkk"));
                email = pick(r, List.of("asdf@asdf.asdf", "", "a@a", handle + "@mailinator.com"));
                url = "";
                break;
            default:
                name = pick(r, DemoText.SPAM_NAMES);
                email = r.nextInt(5) == 0 ? "" : handle + "@" + pick(r, List.of("mail.ru", "gmail.com", domain,
                        "outlook.com"));
                break;
        }
        String ip = r.nextInt(3) > 0 ? BOTNET[r.nextInt(BOTNET.length)] : ip(r);
        return new Persona(name, email, url, ip, pick(r, DemoText.SPAM_AGENTS), "en", 0);
    }
}
