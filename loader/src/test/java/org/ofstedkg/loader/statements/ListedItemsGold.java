package org.ofstedkg.loader.statements;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares listed items with a gold file's {@code improvement_items} or {@code strength_items}: texts after collapsing
 * white space and dropping sub-bullet marks, printed numbers, cited paragraphs.
 */
final class ListedItemsGold {

    private ListedItemsGold() {}

    /** A listed item as the gold and the comparison see it. */
    record Item(String text, String number, List<String> cited) {}

    static List<Item> of(JsonObject gold, String field) {
        List<Item> items = new ArrayList<>();
        for (JsonElement element : gold.getAsJsonArray(field)) {
            JsonObject item = element.getAsJsonObject();
            List<String> cited = new ArrayList<>();
            item.getAsJsonArray("cites_paragraphs").forEach(number -> cited.add(number.getAsString()));
            JsonElement number = item.get("number");
            items.add(new Item(comparable(item.get("text").getAsString()),
                    number == null || number.isJsonNull() ? null : number.getAsString(), cited));
        }
        return items;
    }

    static String comparable(String text) {
        return text.replace("\n - ", " ").replaceAll("\\s+", " ").strip();
    }
}
