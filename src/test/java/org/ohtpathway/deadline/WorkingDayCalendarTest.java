package org.ohtpathway.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class WorkingDayCalendarTest {

  static final WorkingDayCalendar SHIPPED = WorkingDayCalendar.fromFiles(
      List.of(new ClassPathResource("calendar/bank-holidays-england-and-wales.csv")));

  @Test
  void fiveWorkingDaysFromTheFridayBeforeTheAugustBankHolidayEndOnTheMondayAfterNext() {
    LocalDate friday = LocalDate.of(2026, 8, 28);
    assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(SHIPPED.isHoliday(LocalDate.of(2026, 8, 31))).isTrue();

    assertThat(SHIPPED.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 9, 7));
  }

  @Test
  void workingDaysBetweenTwoDaysCountsTheWorkingDaysAfterTheFirstUpToTheSecond() {
    LocalDate wednesdayBeforeEaster = LocalDate.of(2026, 4, 1);
    assertThat(SHIPPED.workingDaysBetween(wednesdayBeforeEaster, LocalDate.of(2026, 4, 13))).isEqualTo(6);
    assertThat(SHIPPED.workingDaysBetween(wednesdayBeforeEaster, wednesdayBeforeEaster)).isZero();
    assertThat(SHIPPED.workingDaysBetween(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 1))).isEqualTo(2);
    assertThat(SHIPPED.workingDaysBetween(LocalDate.of(2026, 4, 13), wednesdayBeforeEaster)).isEqualTo(-6);
    IntStream.range(0, 30).forEach(days -> assertThat(SHIPPED.workingDaysBetween(LocalDate.of(2026, 12, 18),
        SHIPPED.plusWorkingDays(LocalDate.of(2026, 12, 18), days))).isEqualTo(days));
  }

  @Test
  void workingDaysBetweenAgreesWithCountingDayByDayAcrossYearsOfHolidays() {
    // A holiday on a Saturday too, as a manager's own file could have: it takes nothing off.
    WorkingDayCalendar calendar = new WorkingDayCalendar(Stream.concat(
        WorkingDayCalendar.read(new ClassPathResource("calendar/bank-holidays-england-and-wales.csv")).stream(),
        Stream.of(LocalDate.of(2026, 6, 6))).toList());
    LocalDate start = LocalDate.of(2024, 12, 20);
    for (int from = 0; from < 800; from += 3) {
      for (int to = from - 40; to < from + 400; to += 7) {
        LocalDate first = start.plusDays(from);
        LocalDate second = start.plusDays(to);
        assertThat(calendar.workingDaysBetween(first, second)).as("%s to %s", first, second)
            .isEqualTo(countedDayByDay(calendar, first, second));
      }
    }
  }

  private static int countedDayByDay(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -countedDayByDay(calendar, to, from);
    }
    int days = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      days += calendar.isWorkingDay(date) ? 1 : 0;
    }
    return days;
  }

  @Test
  void workingHoursCarryOverTheNightTheWeekendAndBankHolidays() {
    java.time.LocalTime nine = java.time.LocalTime.of(9, 0);
    java.time.LocalTime five = java.time.LocalTime.of(17, 0);
    assertThat(SHIPPED.plusWorkingHours(java.time.LocalDateTime.of(2026, 12, 1, 10, 0), 2, nine, five))
        .isEqualTo(java.time.LocalDateTime.of(2026, 12, 1, 12, 0));
    assertThat(SHIPPED.plusWorkingHours(java.time.LocalDateTime.of(2026, 12, 1, 7, 30), 2, nine, five))
        .as("before the working day").isEqualTo(java.time.LocalDateTime.of(2026, 12, 1, 11, 0));
    assertThat(SHIPPED.plusWorkingHours(java.time.LocalDateTime.of(2026, 8, 28, 16, 30), 2, nine, five))
        .as("Friday afternoon before the bank holiday").isEqualTo(java.time.LocalDateTime.of(2026, 9, 1, 10, 30));
    assertThat(SHIPPED.plusWorkingHours(java.time.LocalDateTime.of(2026, 12, 24, 18, 0), 2, nine, five))
        .as("Christmas Eve evening").isEqualTo(java.time.LocalDateTime.of(2026, 12, 29, 11, 0));
  }

  @Test
  void weekendsAreSkipped() {
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 11, 28), 2)).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void zeroDaysIsTheSameDayOrTheNextWorkingDay() {
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 11, 26), 0)).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void christmasAndItsSubstituteDaysAreSkipped() {
    // 2027: Christmas Day and Boxing Day fall at the weekend; Monday 27 and Tuesday 28 are holidays.
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2027, 12, 24), 1)).isEqualTo(LocalDate.of(2027, 12, 29));
  }

  @Test
  void negativeDaysCountBackwards() {
    assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 9, 7), -5)).isEqualTo(LocalDate.of(2026, 8, 28));
  }

  @Test
  void theShippedFileHasTheEightBankHolidaysOfEachYearFrom2025To2028() {
    for (int year = 2025; year <= 2028; year++) {
      int y = year;
      long holidays = IntStream.rangeClosed(1, LocalDate.of(y, 12, 31).getDayOfYear())
          .mapToObj(day -> LocalDate.ofYearDay(y, day)).filter(SHIPPED::isHoliday).count();
      assertThat(holidays).as("bank holidays in %d", year).isEqualTo(8);
    }
  }

  @Test
  void aManagerCanAddDaysInAnotherFile(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("extra.csv");
    Files.writeString(extra, "# a one-off bank holiday\n2026-11-30,Extra day\n");
    WorkingDayCalendar calendar = WorkingDayCalendar.fromFiles(List.of(
        new ClassPathResource("calendar/bank-holidays-england-and-wales.csv"), new FileSystemResource(extra)));

    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aLineThatIsNotADateSaysWhichLineToFix(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "2026-11-30,Fine\n30/11/2026,Wrong\n");

    assertThatThrownBy(() -> WorkingDayCalendar.fromFiles(List.of(new FileSystemResource(bad))))
        .hasMessageContaining("line 2").hasMessageContaining("30/11/2026");
  }
}
