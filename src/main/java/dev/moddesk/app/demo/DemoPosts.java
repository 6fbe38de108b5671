package dev.moddesk.app.demo;

import java.util.List;

/** The demo site's posts, oldest first; comments choose among them by weight. */
final class DemoPosts {
    static final List<DemoPost> ALL = List.of(
            new DemoPost(1, 60, 8, "type-26-frigate-schedule-slips",
                    "Type 26 frigate programme slips again: what the new schedule means", "closed",
                    List.of("the Type 26", "the frigate programme", "the Govan yard", "the Sea Ceptor fit")),
            new DemoPost(2, 55, 10, "himars-resupply-industry-2027",
                    "HIMARS resupply: can industry keep up with 2027 demand?", "open",
                    List.of("HIMARS", "GMLRS production", "the launcher backlog", "the Camden plant")),
            new DemoPost(3, 50, 12, "155mm-shell-shortage-bottleneck",
                    "Inside the 155mm shell shortage: three factories, one bottleneck", "open",
                    List.of("155mm output", "the shell shortage", "explosives supply", "the new shell plant")),
            new DemoPost(4, 45, 9, "k2-black-panther-european-order",
                    "K2 Black Panther wins another European order", "open",
                    List.of("the K2", "Hyundai Rotem", "the K2PL variant", "Korean defence exports")),
            new DemoPost(5, 40, 6, "baltic-air-policing-eurofighter-week",
                    "Baltic air policing: a week with the Eurofighter detachment", "open",
                    List.of("the Typhoon detachment", "Baltic air policing", "QRA scrambles", "Ämari air base")),
            new DemoPost(6, 35, 16, "drone-swarms-versus-shorad",
                    "Drone swarms versus short-range air defence: lessons from the front", "open",
                    List.of("drone swarms", "short-range air defence", "the Gepard", "cheap interceptors",
                            "FPV drones")),
            new DemoPost(7, 30, 9, "aukus-submarine-timeline-osborne",
                    "AUKUS submarine timeline: can Osborne be ready in time?", "open",
                    List.of("AUKUS", "the Virginia-class buy", "the SSN-AUKUS design", "the Osborne yard")),
            new DemoPost(8, 25, 10, "f-35-sustainment-bill",
                    "Why the F-35 sustainment bill keeps rising", "open",
                    List.of("the F-35", "sustainment costs", "the TR-3 upgrade", "the engine core upgrade")),
            new DemoPost(DemoData.TRASHED_POST, 20, 3, "leaked-memo-brigade-cuts",
                    "Leaked memo: minister to cut two brigades (retracted)", "open",
                    List.of("the leaked memo", "the brigade cuts", "the ministry's denial")),
            new DemoPost(10, 14, 5, "cold-response-2026-in-pictures",
                    "Exercise Cold Response 2026 in pictures", "open",
                    List.of("Cold Response", "cold-weather kit", "the Norwegian hosts", "the BV206 fleet")),
            new DemoPost(11, 8, 6, "cyber-command-budget-doubles",
                    "Cyber command budget doubles: where the money goes", "open",
                    List.of("the cyber command", "the cyber budget", "offensive cyber", "the new cyber range")),
            new DemoPost(12, 3, 6, "mailbag-conscription-questions",
                    "Reader mailbag: your questions on conscription answered", "open",
                    List.of("conscription", "the reserve model", "national service", "the Swedish model")));

    private DemoPosts() {
    }
}
