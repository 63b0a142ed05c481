package org.ohtpathway.change;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Changes to the pathway over HTTP (docs/designer-guide.md):
 * <ul>
 * <li>{@code POST /api/pathway-checks}, the files as {@code files} parts: what the check finds;</li>
 * <li>{@code POST /api/pathway-changes}, the files and a {@code description}: proposes the change
 * (201), or answers what the check finds (400) and records nothing;</li>
 * <li>{@code GET /api/pathway-changes} and {@code GET /api/pathway-changes/PC-12}: changes and
 * what became of them; {@code GET .../PC-12/files/NAME} one of its files;</li>
 * <li>{@code POST /api/pathway-changes/PC-12/rollback}: proposes undoing a deployed change.</li>
 * </ul>
 */
@RestController
class PathwayChangeController {

  /** The most a file of a change may hold, as its column does (pathway_change_file.content). */
  static final long LARGEST = 1_000_000;

  private final PathwayChanges changes;

  PathwayChangeController(PathwayChanges changes) {
    this.changes = changes;
  }

  @PostMapping(path = "/api/pathway-checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> check(@RequestParam("files") List<MultipartFile> uploaded) throws IOException {
    List<Finding> findings = changes.check(files(uploaded));
    return Map.of("findings", findings, "report", CheckPathwayCommand.described(findings));
  }

  @PostMapping(path = "/api/pathway-changes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> propose(@RequestParam("files") List<MultipartFile> uploaded,
      @RequestParam(name = "description", required = false) String description) throws IOException {
    return answer(changes.propose(files(uploaded), description));
  }

  @PostMapping("/api/pathway-changes/{reference}/rollback")
  ResponseEntity<Map<String, Object>> rollback(@PathVariable String reference,
      @RequestBody(required = false) Map<String, Object> body) {
    Object description = body == null ? null : body.get("description");
    return answer(changes.rollback(number(reference), description == null ? null : String.valueOf(description)));
  }

  @GetMapping("/api/pathway-changes")
  List<Map<String, Object>> list() {
    List<Map<String, Object>> list = new ArrayList<>();
    changes.latest().forEach(change -> list.add(brief(change)));
    return list;
  }

  @GetMapping("/api/pathway-changes/{reference}")
  Map<String, Object> read(@PathVariable String reference) {
    PathwayChange change = changes.read(number(reference));
    Map<String, Object> view = brief(change);
    view.put("summary", change.getSummary());
    view.put("checkReport", change.getCheckReport());
    view.put("simulation", change.getSimulation());
    view.put("migrationPlan", changes.forReader(change.getMigrationPlan()));
    view.put("decisionReason", change.getDecisionReason());
    view.put("moveReferrals", change.getMigrateReferrals());
    view.put("deploymentId", change.getDeploymentId());
    view.put("referralsChosenToMove", change.getChosen());
    view.put("referralsMoved", change.getMigrated());
    view.put("referralsNotMoved", change.getNotMigrated());
    view.put("migrationReport", changes.forReader(change.getMigrationReport()));
    view.put("files", changes.filesOfChange(change.getId()).stream().map(PathwayChangeFile::getName).toList());
    return view;
  }

  @GetMapping("/api/pathway-changes/{reference}/files/{name:.+}")
  ResponseEntity<String> file(@PathVariable String reference, @PathVariable String name) {
    PathwayChange change = changes.read(number(reference));
    return changes.filesOfChange(change.getId()).stream().filter(file -> file.getName().equals(name)).findFirst()
        .map(file -> ResponseEntity.ok().contentType(name.endsWith(".form") ? MediaType.APPLICATION_JSON
            : MediaType.APPLICATION_XML).header("Content-Disposition", org.springframework.http.ContentDisposition
                .attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .body(file.getContent()))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
            .body(change.reference() + " has no file of that name."));
  }

  private ResponseEntity<Map<String, Object>> answer(PathwayChanges.Proposal proposal) {
    if (proposal.change() == null) {
      return ResponseEntity.badRequest().body(Map.of("message", "The check found " + proposal.findings().size()
          + " thing" + (proposal.findings().size() == 1 ? "" : "s") + " to correct; nothing was proposed.",
          "findings", proposal.findings(), "report", CheckPathwayCommand.described(proposal.findings())));
    }
    PathwayChange change = proposal.change();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", change.reference(), "message",
        change.reference() + " is proposed: a service manager or administrator decides on it in Tasklist"
            + " (\"Approve a change to the pathway\")."));
  }

  private Map<String, Object> brief(PathwayChange change) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", change.reference());
    view.put("state", change.getState().name());
    view.put("description", change.getDescription());
    view.put("proposedBy", change.getRecordedBy());
    view.put("proposedAt", change.getRecordedAt().toString());
    view.put("decidedBy", change.getDecidedBy());
    view.put("decidedAt", change.getDecidedAt() == null ? null : change.getDecidedAt().toString());
    view.put("rollbackOf", change.getRollbackOf() == null ? null : "PC-" + change.getRollbackOf());
    return view;
  }

  /** The files of a request, by their names; a name twice, or a file of another kind, is the caller's to correct. */
  private static PathwayFiles files(List<MultipartFile> uploaded) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (MultipartFile file : uploaded) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
      name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._ -]{0,200}")) {
        throw new PathwayChangeRefused("A file's name may hold letters, digits, spaces, dots, dashes and"
            + " underscores only: rename it.", false);
      }
      if (!PathwayFiles.isPathwayFile(name)) {
        throw new PathwayChangeRefused("'" + name + "' is not a BPMN, DMN or form file (.bpmn, .dmn, .form).", false);
      }
      if (file.getSize() > LARGEST) {
        throw new PathwayChangeRefused(name + " is " + file.getSize() + " bytes: a file of a change may hold at most "
            + LARGEST + " (the pathway's largest is a fifth of that).", false);
      }
      if (files.put(name, file.getBytes()) != null) {
        throw new PathwayChangeRefused("Two files are called " + name + ": send each file once.", false);
      }
    }
    return new PathwayFiles(files);
  }

  /** PC-12 (or 12) as the change's number. */
  private static Long number(String reference) {
    String digits = reference.startsWith("PC-") ? reference.substring(3) : reference;
    if (!digits.matches("[0-9]{1,12}")) {
      throw new PathwayChangeRefused("A change is named like PC-12.", false);
    }
    return Long.valueOf(digits);
  }

  @ExceptionHandler(PathwayChangeRefused.class)
  ResponseEntity<Map<String, Object>> refused(PathwayChangeRefused refused) {
    return ResponseEntity.status(refused.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
        .body(Map.of("message", refused.getMessage()));
  }

  @ExceptionHandler(PathwayChangeNotFound.class)
  ResponseEntity<Map<String, Object>> notFound(PathwayChangeNotFound missing) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", missing.getMessage()));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> noFiles(MissingServletRequestPartException missing) {
    return ResponseEntity.badRequest().body(Map.of("message", "Send the changed files as parts called '"
        + missing.getRequestPartName() + "'."));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException tooLarge) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message", "The files are larger than"
        + " a change may be (2 MB a file, 10 MB in all)."));
  }
}
