package dev.moddesk.core;

/**
 * A reply the moderator writes often, kept under a short name; {@code {author}} and {@code {post}} in its text
 * stand for the commenter's name and the post's title, filled in when it is put into a reply.
 */
public record CannedReply(String name, String text) {
    public CannedReply {
        name = name == null ? "" : name;
        text = text == null ? "" : text;
    }

    /** The text with the placeholders filled in (a missing name or title: left empty). */
    public String fill(String author, String post) {
        return text.replace("{author}", author == null ? "" : author).replace("{post}", post == null ? "" : post);
    }
}
