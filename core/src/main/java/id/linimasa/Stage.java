package id.linimasa;

import java.util.Set;

/**
 * One step of the analysis chain: takes the analysis as it is and returns it with the layers it adds.
 * A pure function of its input and read-only models, so it runs the same in a loop, a pool or a Spark task.
 */
public interface Stage {

    Set<Layer> needs();

    Set<Layer> adds();

    Analysis apply(Analysis analysis);
}
