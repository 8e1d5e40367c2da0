package org.safepace.bot.system;

/** A request that is well-formed JSON but breaks the API's rules; answered with a 400 problem naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
