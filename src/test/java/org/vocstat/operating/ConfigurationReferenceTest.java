package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/operating.md's configuration reference lists every key of the configuration
 * records with the default the record gives, as the configuration processor read them
 * from the records ({@code META-INF/spring-configuration-metadata.json}): a key added or
 * a default changed in code without the table fails here.
 */
class ConfigurationReferenceTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(vocstat\\.[a-z.-]+)` \\| ([^|]*) \\|",
			Pattern.MULTILINE);

	@Test
	void everyKeyOfTheRecordsIsInTheReferenceWithItsDefault() throws IOException {
		Map<String, String> documented = new HashMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/operating.md")));
		while (row.find()) {
			documented.put(row.group(1), row.group(2));
		}
		Map<String, JsonNode> keys = recordKeys();

		assertThat(keys).containsKeys("vocstat.home", "vocstat.sql.work-mem", "vocstat.ingest.lanes");
		keys.forEach((key, property) -> {
			assertThat(documented).as("docs/operating.md, configuration reference").containsKey(key);
			String value = property.has("defaultValue") ? property.get("defaultValue").asString() : "";
			if (!value.isEmpty()) {
				assertThat(documented.get(key)).as(key + "'s default").contains("`" + value + "`");
			}
			else if (property.has("defaultValue")) {
				// An empty default is documented as what it means ("none: …").
				assertThat(documented.get(key)).as(key + "'s default").startsWith("none");
			}
		});
	}

	/** The {@code vocstat.*} properties of this project's metadata. */
	private static Map<String, JsonNode> recordKeys() throws IOException {
		Map<String, JsonNode> keys = new HashMap<>();
		for (URL url : Collections.list(ConfigurationReferenceTest.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("vocstat.")) {
						keys.put(name, property);
					}
				}
			}
		}
		return keys;
	}

}
