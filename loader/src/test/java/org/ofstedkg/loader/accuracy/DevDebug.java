package org.ofstedkg.loader.accuracy;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.extract.JudgementVocabulary;
class DevDebug {
  @Test void run() {
    String g = JudgementVocabulary.bundled().gradeRegex();
    System.out.println("REGEX " + g.substring(0, Math.min(400, g.length())));
    var p = java.util.regex.Pattern.compile("children's services in [^\\n]{1,60}?\\s(?:are|is|require|requires)\\s+(" + g + ")");
    var m = p.matcher("children's services in bury require improvement to be good 1. children who");
    System.out.println("FOUND " + m.find());
  }
}
