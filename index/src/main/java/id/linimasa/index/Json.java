package id.linimasa.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.linimasa.extract.PublicationTime;

import java.io.IOException;

/**
 * The JSON form of the data model (records) as the corpus stores it and the commands and API print it:
 * publication times as ISO-8601 strings ("2025-02-28T16:09+07:00", or a date alone), unknown fields
 * ignored so that a corpus written before a record grew a field still reads.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("linimasa")
                    .addSerializer(PublicationTime.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(PublicationTime t, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(t.iso());
                        }
                    })
                    .addDeserializer(PublicationTime.class, new JsonDeserializer<>() {
                        @Override
                        public PublicationTime deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return PublicationTime.parse(p.getValueAsString());
                        }
                    }))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** Shared and thread-safe; do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
