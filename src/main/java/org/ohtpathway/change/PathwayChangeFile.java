package org.ohtpathway.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One file of a change, and what it replaced (null for a file the change adds). */
@Entity
@Table(name = "pathway_change_file")
public class PathwayChangeFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
  @Column(nullable = false)
  private Long changeId;
  @Column(nullable = false, length = 255)
  private String name;
  @Column(nullable = false, length = 1000000)
  private String content;
  @Column(length = 1000000)
  private String previousContent;

  protected PathwayChangeFile() {
  }

  PathwayChangeFile(Long changeId, String name, String content, String previousContent) {
    this.changeId = changeId;
    this.name = name;
    this.content = content;
    this.previousContent = previousContent;
  }

  public Long getChangeId() { return changeId; }
  public String getName() { return name; }
  public String getContent() { return content; }
  public String getPreviousContent() { return previousContent; }
}
